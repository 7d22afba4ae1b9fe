package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.Optional;
import org.jaywalk.framework.spi.eval.EvaluationResult;

/**
 * How a training run ended.
 *
 * @param runDir the run folder
 * @param steps global steps completed
 * @param lastLoss the loss of the last step taken in this process (NaN if none)
 * @param evaluation the evaluation of the final weights, when the experiment has an {@code evaluation} block
 */
public record TrainingReport(Path runDir, long steps, double lastLoss, Optional<EvaluationResult> evaluation) {

    /** The same report with the evaluation of the final weights. */
    public TrainingReport withEvaluation(EvaluationResult result) {
        return new TrainingReport(runDir, steps, lastLoss, Optional.of(result));
    }
}
