package org.jaywalk.framework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ConfigError;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.TaskServer;
import org.jaywalk.framework.sweep.ChildJvm;
import org.jaywalk.framework.sweep.ParentWatch;
import org.jaywalk.framework.train.ClusterTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jaywalk worker EXPERIMENT [key=value...]}: serves one task of the experiment's
 * {@code train.cluster} until the process is killed. The chief ({@code jaywalk train}, task 0) builds the
 * graph and places towers on this task; the worker only needs the cluster, the devices and the threads. It
 * runs TensorFlow with oneDNN graph rewrites off (see {@link #relaunchWithoutOneDnnRewrites}).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Serve one task of the experiment's train.cluster for the chief's training run; runs until killed.")
final class WorkerCommand implements Callable<Integer> {

    /** TensorFlow's switch for oneDNN kernels and graph rewrites on CPU. */
    static final String ONEDNN = "TF_ENABLE_ONEDNN_OPTS";

    private static final Logger LOG = LoggerFactory.getLogger(WorkerCommand.class);

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    WorkerCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ResolvedExperiment experiment = arguments.load(arguments.registry(plugins));
        TrainSettings train = experiment.train();
        if (train.cluster() == null) {
            throw new ConfigError("worker: train.cluster.workers is empty: list every task's host:port, e.g. "
                    + "train.cluster.workers=[\"node1:2222\",\"node2:2222\"] train.cluster.task-index=1");
        }
        if (train.cluster().isChief()) {
            throw new ConfigError("worker: train.cluster.task-index = 0 is the chief, which 'jaywalk train' runs; "
                    + "give each worker its own task-index (1 .. " + (train.cluster().workers().size() - 1) + ")");
        }
        if (System.getenv(ONEDNN) == null) {
            return relaunchWithoutOneDnnRewrites(); // after the checks, so that errors reach this command's output
        }
        if (!"0".equals(System.getenv(ONEDNN))) {
            LOG.warn("{}={}: a worker with oneDNN graph rewrites can deadlock on its first training step; unset it",
                    ONEDNN, System.getenv(ONEDNN));
        }
        TaskServer server = ClusterTasks.serve(train);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("worker task %d of %d listening on %s (all interfaces, port %s); towers %s; stop with Ctrl-C%n",
                server.task(), server.tasks(), server.address(),
                server.address().substring(server.address().lastIndexOf(':') + 1), ClusterTasks.plan(train).towers()
                        .stream().filter(d -> d.contains("/task:" + server.task() + "/")).toList());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /**
     * Runs this worker in a child JVM with {@value #ONEDNN}{@code =0}, which TensorFlow reads once, when its
     * library loads. Why: the partition a worker runs receives the chief's variables over ref-typed edges,
     * whose receives TensorFlow orders after the consumer's other inputs (a receive of a bias waits for the
     * convolution it is added to); oneDNN's layout pass then fuses that convolution with its bias add, and the
     * fused op waits for a receive that waits for it: the first training step hangs (measured with the test
     * model: forward steps run, gradient steps hang, and run once the worker has oneDNN off). The chief keeps
     * oneDNN, as its partition reads the variables locally.
     */
    private int relaunchWithoutOneDnnRewrites() throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("worker", arguments.experiment.toString()));
        args.addAll(arguments.overrides);
        for (Path folder : common.pluginFolders) {
            args.addAll(List.of(CommonOptions.PLUGINS, folder.toString()));
        }
        if (common.verbose) {
            args.add(CommonOptions.VERBOSE);
        }
        List<String> command = ChildJvm.current().command(
                List.of("-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid()), args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(ONEDNN, "0");
        Process child = builder.start();
        Thread stopChild = new Thread(child::destroy, "jaywalk-worker-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } finally {
            child.destroy();
        }
    }
}
