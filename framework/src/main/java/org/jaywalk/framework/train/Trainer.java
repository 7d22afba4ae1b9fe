package org.jaywalk.framework.train;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.eval.ModelEvaluation;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop: builds an experiment's components and graph, starts fresh or resumes the run's newest
 * checkpoint, then steps through {@code dataset.batch(epoch, index)} in order until {@code train.epochs} or
 * {@code train.max-steps}, notifying the run's listeners of every step. The loop only steps: progress,
 * {@code metrics.jsonl}, TensorBoard, checkpoints, the divergence check and the end-of-run evaluation are
 * built-in listeners; the experiment's {@code listeners} follow the built-in ones.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final ResolvedExperiment experiment;
    private final RunFolder run;
    private final ExperimentComponents components;
    private final Provider<ModelEvaluation> evaluation;

    /** Built by the composition root ({@code assembly.CompositionRoot#trainer}). */
    @Inject
    Trainer(ResolvedExperiment experiment, RunFolder run, ExperimentComponents components,
            Provider<ModelEvaluation> evaluation) {
        this.experiment = experiment;
        this.run = run;
        this.components = components;
        this.evaluation = evaluation;
    }

    /** Trains the experiment in its run folder, resuming when the folder holds a checkpoint. */
    public TrainingReport train() {
        TrainSettings settings = experiment.train();
        // a resumed run builds the kernels its checkpoint was trained with
        Map<String, String> recordedKernels = new CheckpointStore(run.checkpointsDir(), settings.keepCheckpoints())
                .latestMeta().map(CheckpointMeta::kernels).orElse(Map.of());
        try (TrainingComponents components = this.components.training();
             EventFile events = new EventFile(run.dir());
             ListenerBus bus = new ListenerBus(this.components.listeners());
             TrainingGraph graph = components.buildGraph(settings, recordedKernels, bus::graphBuilt)) {
            CheckpointStore checkpoints = new CheckpointStore(run.checkpointsDir(), settings.keepCheckpoints());
            checkpoints.removeInterruptedSaves();
            int batchesPerEpoch = components.dataset().batchesPerEpoch();
            StartingPoint start = StartingPoint.prepare(graph, experiment, checkpoints, batchesPerEpoch);
            run.recordConfig(experiment.render(), start.position().step());
            long totalSteps = settings.totalSteps(batchesPerEpoch);
            LOG.info("training {} in {}: steps {}..{} of {}", experiment.experiment().name(), run,
                    start.position().step(), totalSteps - 1, totalSteps);
            try (BatchPrefetcher batches = new BatchPrefetcher(components.dataset(), start.position(), totalSteps,
                         settings.prefetch())) {
                TrainingRun training = new TrainingRun(run.dir(), experiment, start.position().step(), totalSteps,
                        batchesPerEpoch, graph.shape().batchSize(), events);
                bus.addFirst(observers(experiment, run, training));
                bus.addLast(List.of(new CheckpointWriter(graph, checkpoints, experiment, start.stepSeed(), bus)));
                Optional<EndOfRunEvaluation> evaluation = experiment.has(ExtensionPoint.EVALUATOR)
                        ? Optional.of(new EndOfRunEvaluation(this.evaluation.get(), experiment, run, bus))
                        : Optional.empty();
                evaluation.ifPresent(e -> bus.addLast(List.of(e)));
                bus.start(training);
                Loop loop = new Loop(components, graph, bus, start.stepSeed(), totalSteps);
                TrainingReport report = loop.run(start.position(), batches, run);
                return evaluation.flatMap(EndOfRunEvaluation::result).map(report::withEvaluation).orElse(report);
            }
        }
    }

    /**
     * The built-in listeners that hear of a step before the experiment's: the divergence check, the console, the
     * metrics file and TensorBoard. The checkpoints and the evaluation come after the experiment's listeners.
     */
    private static List<TrainingListener> observers(ResolvedExperiment experiment, RunFolder run,
                                                    TrainingRun training) {
        int logEvery = experiment.train().logEvery();
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(new DivergenceCheck());
        listeners.add(new MetricsLogging(System.console() != null
                ? new ProgressBarSink(training.firstStep(), training.totalSteps())
                : new LogLineSink(training.firstStep(), training.totalSteps()), logEvery));
        listeners.add(new MetricsLogging(JsonlMetricsSink.open(run.metricsFile(), training.firstStep()), logEvery));
        listeners.add(new MetricsLogging(new TensorBoardSink(training.tensorBoard()), logEvery));
        return listeners;
    }

    /** The state of one pass through the steps. */
    private static final class Loop {
        private final TrainingComponents components;
        private final TrainingGraph graph;
        private final ListenerBus bus;
        private final long stepSeed;
        private final long totalSteps;

        Loop(TrainingComponents components, TrainingGraph graph, ListenerBus bus, long stepSeed, long totalSteps) {
            this.components = components;
            this.graph = graph;
            this.bus = bus;
            this.stepSeed = stepSeed;
            this.totalSteps = totalSteps;
        }

        TrainingReport run(LoopPosition start, BatchPrefetcher batches, RunFolder folder) {
            int batchesPerEpoch = components.dataset().batchesPerEpoch();
            LoopPosition position = start;
            double lastLoss = Double.NaN;
            while (position.step() < totalSteps) {
                Batch batch = batches.next();
                double lr = components.learningRate(position.step());
                StepResult result = graph.run(batch.data(), StepRequest.train(lr, stepSeed, position.step())
                        .withProbes(bus.probesAt(position.step())));
                lastLoss = result.loss();
                bus.stepDone(position.step(), position.epoch(), lr, result);
                LoopPosition next = position.next(batchesPerEpoch);
                if (next.epoch() != position.epoch()) {
                    bus.epochEnded(position.epoch(), position.step());
                }
                position = next;
            }
            bus.trainEnded(position.step(), lastLoss);
            return new TrainingReport(folder.dir(), position.step(), lastLoss, Optional.empty());
        }
    }
}
