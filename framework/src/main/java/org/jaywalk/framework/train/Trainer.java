package org.jaywalk.framework.train;

import org.jaywalk.framework.spi.ExtensionPoint;
import java.nio.file.Path;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.eval.ModelEvaluation;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop: builds an experiment's components and graph, starts fresh or resumes the run's
 * newest checkpoint, then steps through {@code dataset.batch(epoch, index)} in order until
 * {@code train.epochs} or {@code train.max-steps}, logging every {@code train.log-every} steps and
 * checkpointing every {@code train.checkpoint-every} steps and at the end. When the experiment has an
 * {@code evaluation} block, the final checkpoint is then evaluated into {@code <run>/eval/} (its metrics in
 * {@code <run>/eval/metrics.json}).
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final ComponentRegistry registry;

    public Trainer(ComponentRegistry registry) {
        this.registry = registry;
    }

    /** Trains {@code experiment} in {@code run}, resuming when the run folder holds a checkpoint. */
    public TrainingReport train(ResolvedExperiment experiment, RunFolder run) {
        TrainingReport report = trainOnly(experiment, run);
        if (!experiment.has(ExtensionPoint.EVALUATOR)) {
            return report;
        }
        Path weights = new CheckpointStore(run.checkpointsDir(), experiment.train().keepCheckpoints()).latest()
                .orElseThrow(() -> new IllegalStateException("no checkpoint to evaluate in " + run.checkpointsDir()));
        LOG.info("evaluating {} into {}", weights, run.evalDir());
        EvaluationResult result = new ModelEvaluation(registry).evaluate(experiment, weights, run.evalDir(),
                (task, done, total) -> LOG.debug("{} {}/{}", task, done, total));
        return report.withEvaluation(result);
    }

    private TrainingReport trainOnly(ResolvedExperiment experiment, RunFolder run) {
        TrainSettings settings = experiment.train();
        try (TrainingComponents components = TrainingComponents.assemble(registry, experiment);
             TrainingGraph graph = components.buildGraph(settings)) {
            CheckpointStore checkpoints = new CheckpointStore(run.checkpointsDir(), settings.keepCheckpoints());
            StartingPoint start = StartingPoint.prepare(graph, experiment, checkpoints);
            run.recordConfig(experiment.render(), start.position().step());
            long totalSteps = settings.totalSteps(components.dataset().batchesPerEpoch());
            LOG.info("training {} in {}: steps {}..{} of {}", experiment.experiment().name(), run,
                    start.position().step(), totalSteps - 1, totalSteps);
            try (MetricSinks sinks = MetricSinks.standard(run, start.position().step(), totalSteps);
                 BatchPrefetcher batches = new BatchPrefetcher(components.dataset(), start.position(), totalSteps,
                         settings.prefetch())) {
                Loop loop = new Loop(experiment, components, graph, checkpoints, sinks, start.stepSeed(), totalSteps);
                return loop.run(start.position(), batches, run);
            }
        }
    }

    /** The state of one pass through the steps. */
    private static final class Loop {
        private final ResolvedExperiment experiment;
        private final TrainingComponents components;
        private final TrainingGraph graph;
        private final CheckpointStore checkpoints;
        private final MetricSink sinks;
        private final long stepSeed;
        private final long totalSteps;
        private final ThroughputMeter throughput = new ThroughputMeter();

        Loop(ResolvedExperiment experiment, TrainingComponents components, TrainingGraph graph,
             CheckpointStore checkpoints, MetricSink sinks, long stepSeed, long totalSteps) {
            this.experiment = experiment;
            this.components = components;
            this.graph = graph;
            this.checkpoints = checkpoints;
            this.sinks = sinks;
            this.stepSeed = stepSeed;
            this.totalSteps = totalSteps;
        }

        TrainingReport run(LoopPosition start, BatchPrefetcher batches, RunFolder folder) {
            TrainSettings settings = experiment.train();
            int batchesPerEpoch = components.dataset().batchesPerEpoch();
            LoopPosition position = start;
            double lastLoss = Double.NaN;
            boolean saved = true;
            while (position.step() < totalSteps) {
                Batch batch = batches.next();
                double lr = components.learningRate(position.step());
                StepResult result = graph.run(batch.data(), StepRequest.train(lr, stepSeed, position.step()));
                throughput.add(batch.shape().batchSize());
                lastLoss = checkFinite(result.loss(), position.step());
                if (position.step() % settings.logEvery() == 0 || position.step() == totalSteps - 1) {
                    sinks.log(new StepMetrics(position.step(), position.epoch(), result.loss(), lr,
                            throughput.takeRate(), result.diagnostics()));
                }
                position = position.next(batchesPerEpoch);
                saved = position.step() % settings.checkpointEvery() == 0;
                if (saved) {
                    save(position);
                }
            }
            if (!saved) {
                save(position);
            }
            return new TrainingReport(folder.dir(), position.step(), lastLoss, Optional.empty());
        }

        private void save(LoopPosition position) {
            CheckpointMeta meta = new CheckpointMeta(position, experiment.experiment().seed(), stepSeed,
                    experiment.render(), FrameworkVersion.get());
            LOG.debug("saved {}", checkpoints.save(ModelState.capture(graph), meta));
        }

        private static double checkFinite(double loss, long step) {
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("the loss is " + loss + " at step " + step + ": training diverged");
            }
            return loss;
        }
    }
}
