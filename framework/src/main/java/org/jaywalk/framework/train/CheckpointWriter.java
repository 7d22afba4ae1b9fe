package org.jaywalk.framework.train;

import java.nio.file.Path;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built-in listener: writes a checkpoint every {@code train.checkpoint-every} steps and after the last step,
 * then announces it on the bus. It hears a step after the experiment's listeners, so they learn of a step
 * before of the checkpoint that holds it.
 */
final class CheckpointWriter implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointWriter.class);

    private final TrainingGraph graph;
    private final CheckpointStore checkpoints;
    private final ResolvedExperiment experiment;
    private final long stepSeed;
    private final ListenerBus bus;
    private long lastSaved;
    private int batchesPerEpoch;

    /** @param stepSeed the seed of the run's in-step random draws, kept in every checkpoint */
    CheckpointWriter(TrainingGraph graph, CheckpointStore checkpoints, ResolvedExperiment experiment, long stepSeed,
                     ListenerBus bus) {
        this.graph = graph;
        this.checkpoints = checkpoints;
        this.experiment = experiment;
        this.stepSeed = stepSeed;
        this.bus = bus;
    }

    @Override
    public void onTrainStart(TrainingRun run) {
        lastSaved = run.firstStep();
        batchesPerEpoch = run.batchesPerEpoch();
    }

    @Override
    public void afterStep(StepEvent step) {
        long steps = step.step() + 1;
        if ((steps % experiment.train().checkpointEvery() == 0 || step.last()) && steps != lastSaved) {
            save(steps);
        }
    }

    /** Saves the state after {@code steps} steps. */
    private void save(long steps) {
        CheckpointMeta meta = new CheckpointMeta(LoopPosition.after(steps, batchesPerEpoch),
                experiment.experiment().seed(), stepSeed, experiment.render(), FrameworkVersion.get(),
                graph.parameters().entries(ParameterKind.OPTIMIZER_STATE).stream().map(ParameterStore.Entry::name)
                        .toList(), graph.kernelChoices());
        Path file = checkpoints.save(ModelState.capture(graph), meta);
        lastSaved = steps;
        LOG.debug("saved {}", file);
        bus.checkpointWritten(steps, file);
    }
}
