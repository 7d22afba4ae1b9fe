package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.eval.ModelEvaluation;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.train.TrainEndEvent;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built-in listener of experiments with an {@code evaluation} block: when training ends, evaluates the newest
 * checkpoint into {@code <run>/eval/} and announces the result on the bus.
 */
final class EndOfRunEvaluation implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(EndOfRunEvaluation.class);

    private final ModelEvaluation evaluation;
    private final ResolvedExperiment experiment;
    private final RunFolder run;
    private final ListenerBus bus;
    private EvaluationResult result;

    EndOfRunEvaluation(ModelEvaluation evaluation, ResolvedExperiment experiment, RunFolder run, ListenerBus bus) {
        this.evaluation = evaluation;
        this.experiment = experiment;
        this.run = run;
        this.bus = bus;
    }

    @Override
    public void onTrainEnd(TrainEndEvent end) {
        Path weights = new CheckpointStore(run.checkpointsDir(), experiment.train().keepCheckpoints()).latest()
                .orElseThrow(() -> new IllegalStateException("no checkpoint to evaluate in " + run.checkpointsDir()));
        LOG.info("evaluating {} into {}", weights, run.evalDir());
        result = evaluation.evaluate(experiment, weights, run.evalDir(),
                (task, done, total) -> LOG.debug("{} {}/{}", task, done, total));
        bus.evaluated(result, weights, run.evalDir());
    }

    /** The evaluation's result, once training ended. */
    Optional<EvaluationResult> result() {
        return Optional.ofNullable(result);
    }
}
