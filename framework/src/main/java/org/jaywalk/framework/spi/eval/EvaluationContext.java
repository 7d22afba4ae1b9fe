package org.jaywalk.framework.spi.eval;

import org.jaywalk.framework.spi.Encoder;
import java.nio.file.Path;
import java.util.Objects;
import org.jaywalk.framework.spi.graph.SessionSettings;

/**
 * What an {@link Evaluator} is given.
 *
 * @param encoder the model's encoder, as the experiment configures it (evaluators may build their own
 *                variant, e.g. without its last stage, from the same parameter names)
 * @param weights assigns the evaluated weights (a checkpoint) to a graph built around the encoder
 * @param features builds the encoder's test-time graph with those weights
 * @param outputDirectory where the evaluator writes its files (created if missing)
 * @param progress receives progress reports
 * @param session TensorFlow session settings for the evaluator's graphs
 */
public record EvaluationContext(Encoder encoder, WeightLoader weights, TestTimeFeatures features, Path outputDirectory,
                                EvaluationProgress progress, SessionSettings session) {

    public EvaluationContext {
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(session, "session");
    }
}
