package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.OptionalInt;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.TrainingGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where training begins: resumed from the run's newest checkpoint (parameters, optimizer state, loop
 * position and step seed restored exactly), or fresh (parameters initialized from the seed, then
 * optionally overwritten from {@code model.init-from}, which may also give the epoch to start with).
 *
 * @param position the first step to take and its batch
 * @param stepSeed the seed fed with every step
 * @param resumedFrom the checkpoint resumed from, if any
 */
public record StartingPoint(LoopPosition position, long stepSeed, Optional<Path> resumedFrom) {

    private static final Logger LOG = LoggerFactory.getLogger(StartingPoint.class);

    /** Prepares {@code graph}'s parameters and returns where the loop starts. */
    public static StartingPoint prepare(TrainingGraph graph, ResolvedExperiment experiment, CheckpointStore checkpoints,
                                        int batchesPerEpoch) {
        Optional<LoadedCheckpoint> latest = checkpoints.readLatest();
        return latest.isPresent() ? resume(graph, experiment, latest.get()) : fresh(graph, experiment, batchesPerEpoch);
    }

    private static StartingPoint resume(TrainingGraph graph, ResolvedExperiment experiment, LoadedCheckpoint checkpoint) {
        ModelState.restore(graph, checkpoint.tensors(), checkpoint.file());
        CheckpointMeta meta = checkpoint.meta();
        if (meta.seed() != experiment.experiment().seed()) {
            LOG.warn("{} was written with experiment.seed = {}, the experiment now says {}: data order follows the"
                    + " new seed", checkpoint.file(), meta.seed(), experiment.experiment().seed());
        }
        LOG.info("resuming from {} at step {} (epoch {}, batch {})", checkpoint.file(), meta.position().step(),
                meta.position().epoch(), meta.position().index());
        return new StartingPoint(meta.position(), meta.stepSeed(), Optional.of(checkpoint.file()));
    }

    private static StartingPoint fresh(TrainingGraph graph, ResolvedExperiment experiment, int batchesPerEpoch) {
        long seed = experiment.experiment().seed();
        graph.parameters().initialize(graph.session(), seed);
        OptionalInt epoch = experiment.initFrom().map(init -> WarmStart.apply(graph, init).startEpoch())
                .orElse(OptionalInt.empty());
        long stepSeed = experiment.train().deterministic() ? seed : new SecureRandom().nextLong();
        LoopPosition position = epoch.isPresent()
                ? LoopPosition.after((long) epoch.getAsInt() * batchesPerEpoch, batchesPerEpoch) : LoopPosition.start();
        return new StartingPoint(position, stepSeed, Optional.empty());
    }
}
