package org.jaywalk.framework.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.jaywalk.framework.graph.SessionSettings;

/**
 * What an {@link Evaluator} is given.
 *
 * @param encoder the model's encoder, as the experiment configures it (evaluators may build their own
 *                variant, e.g. without its last stage, from the same parameter names)
 * @param weights assigns the evaluated weights (a checkpoint) to a graph built around the encoder
 * @param outputDirectory where the evaluator writes its files (created if missing)
 * @param progress receives progress reports
 * @param session TensorFlow session settings for the evaluator's graphs
 */
public record EvaluationContext(Encoder encoder, WeightLoader weights, Path outputDirectory,
                                EvaluationProgress progress, SessionSettings session) {

    public EvaluationContext {
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(session, "session");
    }
}
