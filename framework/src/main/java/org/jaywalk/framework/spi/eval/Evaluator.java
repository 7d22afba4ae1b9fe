package org.jaywalk.framework.spi.eval;

/**
 * Measures a trained encoder on a downstream task: label propagation on DAVIS (J&amp;F), keypoint propagation
 * on JHMDB (PCK), part propagation on VIP (mIoU), ... An evaluator builds its own graphs around
 * {@link EvaluationContext#encoder()}, loads the evaluated weights with {@link EvaluationContext#weights()},
 * writes its files under {@link EvaluationContext#outputDirectory()} and returns its metrics.
 */
public interface Evaluator {

    /**
     * Runs the whole evaluation. Files written before a failure (e.g. the results of earlier sequences) are
     * kept; the failure is thrown with a message naming the offending input.
     */
    EvaluationResult evaluate(EvaluationContext context);
}
