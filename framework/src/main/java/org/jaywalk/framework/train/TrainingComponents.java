package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.jaywalk.framework.config.ClusterSettings;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.ClusterHandshake;
import org.jaywalk.framework.graph.ClusterReachability;
import org.jaywalk.framework.graph.ClusterStepWatch;
import org.jaywalk.framework.graph.ComponentLabel;
import org.jaywalk.framework.graph.DevicePlan;
import org.jaywalk.framework.graph.DeviceRequest;
import org.jaywalk.framework.graph.GpuProbe;
import org.jaywalk.framework.graph.GraphOptions;
import org.jaywalk.framework.graph.KernelBenchmark;
import org.jaywalk.framework.graph.KernelCache;
import org.jaywalk.framework.graph.KernelSelection;
import org.jaywalk.framework.graph.ModelComponents;
import org.jaywalk.framework.graph.SessionFactory;
import org.jaywalk.framework.graph.TaskServer;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.LearningRateSchedule;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything an experiment's blocks select, built by the plugins' factories: the data, the model's
 * components, the optimizer and the learning-rate schedule. Closing it closes the dataset.
 */
public record TrainingComponents(Dataset dataset, ModelComponents model, Optimizer optimizer,
                                 LearningRateSchedule schedule) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingComponents.class);

    /** Builds every component of {@code experiment} through the registry. */
    public static TrainingComponents assemble(ComponentRegistry registry, ResolvedExperiment experiment) {
        Dataset dataset = registry.create(ExtensionPoint.DATASET, experiment);
        try {
            ModelComponents model = new ModelComponents(
                    registry.create(ExtensionPoint.ENCODER, experiment),
                    registry.create(ExtensionPoint.HEAD, experiment),
                    registry.create(ExtensionPoint.WALK, experiment),
                    registry.create(ExtensionPoint.LOSS, experiment), walkLabel(registry, experiment));
            return new TrainingComponents(dataset, model, registry.create(ExtensionPoint.OPTIMIZER, experiment),
                    registry.create(ExtensionPoint.SCHEDULE, experiment));
        } catch (RuntimeException e) {
            dataset.close();
            throw e;
        }
    }

    /** How the experiment names its walk strategy: {@code walk.type}, the type and the plugin providing it. */
    private static ComponentLabel walkLabel(ComponentRegistry registry, ResolvedExperiment experiment) {
        String type = experiment.componentType(ExtensionPoint.WALK);
        return ComponentLabel.selected(ExtensionPoint.WALK, type, registry.provider(ExtensionPoint.WALK, type).describe());
    }

    /**
     * The training graph of these components, parameters not yet initialized. With a {@code train.cluster},
     * this process must be its chief (task 0): it starts its own task server, waits until every worker
     * accepts connections, and opens the session through its server's master.
     */
    public TrainingGraph buildGraph(TrainSettings train) {
        return buildGraph(train, Map.of(), taps -> { });
    }

    /**
     * As {@link #buildGraph(TrainSettings)}, with {@code taps} seeing the graph before its session opens and
     * {@code recordedKernels} (from the checkpoint a run resumes) kept by {@code train.kernels = auto}.
     */
    public TrainingGraph buildGraph(TrainSettings train, Map<String, String> recordedKernels, Consumer<GraphTaps> taps) {
        if (train.cluster() != null) {
            return buildClusterGraph(train, recordedKernels, taps);
        }
        SessionSettings threads = train.session(1);
        DevicePlan plan;
        try {
            plan = train.devices() instanceof DeviceRequest.Default ? DevicePlan.single()
                    : DevicePlan.resolve(train.devices(), GpuProbe.visibleGpus(threads));
        } catch (IllegalArgumentException e) {
            throw new ConfigError(e.getMessage(), e);
        }
        return TrainingGraph.build(model, optimizer, dataset.shape(),
                train.session(plan.cpuDevices()),
                options(train, plan, taps).withKernels(kernels(train, recordedKernels)));
    }

    /** The kernel selection {@code train.kernels} asks for. */
    static KernelSelection kernels(TrainSettings train, Map<String, String> recorded) {
        if (!KernelSelection.AUTO.equals(train.kernels())) {
            return KernelSelection.fixed(train.kernels());
        }
        SessionSettings threads = train.session(1);
        Path file = train.kernelCache() != null ? train.kernelCache() : KernelCache.defaultFile();
        return KernelSelection.auto(recorded, new KernelCache(file, KernelCache.machine(threads)),
                new KernelBenchmark(threads, 2, 5));
    }

    private TrainingGraph buildClusterGraph(TrainSettings train, Map<String, String> recordedKernels,
                                            Consumer<GraphTaps> taps) {
        ClusterTasks.requireChief(train);
        DevicePlan plan = ClusterTasks.plan(train);
        TaskServer chief = ClusterTasks.serve(train);
        ClusterSettings cluster = train.cluster();
        Duration connect = Duration.ofSeconds(cluster.connectTimeoutSeconds());
        ClusterReachability.await(cluster.workers(), cluster.taskIndex(), connect);
        ClusterHandshake.await(chief.target(), cluster.workers(), cluster.taskIndex(), ClusterTasks.settings(train).toProto(), connect);
        LOG.info("training on {} tasks through {}: towers {}", cluster.workers().size(), chief.target(), plan.towers());
        return TrainingGraph.build(model, optimizer, dataset.shape(),
                SessionFactory.remote(chief.target(), ClusterTasks.settings(train), new ClusterStepWatch(cluster.workers(),
                        cluster.taskIndex(), Duration.ofSeconds(cluster.stepTimeoutSeconds()))),
                options(train, plan, taps).withKernels(kernels(train, recordedKernels)));
    }

    private static GraphOptions options(TrainSettings train, DevicePlan plan, Consumer<GraphTaps> taps) {
        return new GraphOptions(plan.towers(), train.deterministic(), train.syncBatchNorm(), taps);
    }

    /** The scheduled learning rate of {@code step}. */
    public double learningRate(long step) {
        return optimizer.learningRate() * schedule.factor(step, dataset.batchesPerEpoch());
    }

    @Override
    public void close() {
        dataset.close();
    }
}
