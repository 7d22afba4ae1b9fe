package org.jaywalk.framework.spi.train;

import java.nio.file.Path;
import org.jaywalk.framework.spi.eval.EvaluationResult;

/**
 * The end-of-run evaluation finished.
 *
 * @param result its metrics
 * @param weights the checkpoint evaluated
 * @param folder where the evaluator wrote its files ({@code <run>/eval})
 * @param run the run
 */
public record EvaluationEvent(EvaluationResult result, Path weights, Path folder, TrainingRun run) {
}
