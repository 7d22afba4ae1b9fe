package org.jaywalk.framework.spi.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one evaluation, in the evaluator's display order.
 *
 * @param headline the name of the metric that summarizes the evaluation (e.g. {@code J&F-Mean}); a key of
 *                 {@code metrics}
 * @param metrics every metric by name (unmodifiable)
 */
public record EvaluationResult(String headline, Map<String, Double> metrics) {

    public EvaluationResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (!metrics.containsKey(headline)) {
            throw new IllegalArgumentException("headline metric '" + headline + "' is not among " + metrics.keySet());
        }
    }

    /** The value of the headline metric. */
    public double headlineValue() {
        return metrics.get(headline);
    }
}
