package org.jaywalk.framework.sweep;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.eval.EvaluationMetricsFile;
import org.jaywalk.framework.train.RunFolder;

/**
 * A run's final metrics: the numbers of the last complete line of its {@code metrics.jsonl}, then those of the
 * evaluation after training ({@code eval/metrics.json}, when the experiment has an {@code evaluation} block)
 * named {@code eval:<metric>}, e.g. {@code eval:J&F-Mean}.
 */
final class FinalMetrics {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private FinalMetrics() {
    }

    /** The prefix of the evaluation metrics' names. */
    static final String EVAL_PREFIX = "eval:";

    /** The training metrics of {@code run}'s last logged step, then its evaluation metrics (prefixed). */
    static Map<String, Double> of(RunFolder run) {
        Map<String, Double> metrics = new LinkedHashMap<>(read(run.metricsFile()));
        EvaluationMetricsFile.read(run.evalDir().resolve(EvaluationMetricsFile.NAME))
                .forEach((name, value) -> metrics.put(EVAL_PREFIX + name, value));
        return metrics;
    }

    /** Every numeric field of the last logged step (step, loss, lr, diagnostics, ...); empty when none. */
    static Map<String, Double> read(Path metricsFile) {
        if (!Files.isRegularFile(metricsFile)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(metricsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metricsFile, e);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            Map<String, Double> metrics = parse(lines.get(i));
            if (!metrics.isEmpty()) {
                return metrics;
            }
        }
        return Map.of();
    }

    private static Map<String, Double> parse(String line) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null) {
                node.fields().forEachRemaining(f -> {
                    if (f.getValue().isNumber()) {
                        metrics.put(f.getKey(), f.getValue().asDouble());
                    }
                });
            }
        } catch (IOException e) {
            return Map.of(); // a torn last line
        }
        return metrics;
    }
}
