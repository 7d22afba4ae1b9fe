package org.jaywalk.framework.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.eval.EvaluationResult;

/**
 * {@code metrics.json} of an evaluation: {@code {"headline": "J&F-Mean", "weights": FILE, "metrics": {name:
 * value, ...}}}, written atomically.
 */
public final class EvaluationMetricsFile {

    /** The file's name inside an evaluation folder. */
    public static final String NAME = "metrics.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private EvaluationMetricsFile() {
    }

    /** Writes {@code result} (of the weights in {@code weights}) to {@code file}. */
    public static void write(Path file, EvaluationResult result, Path weights) {
        ObjectNode root = JSON.createObjectNode();
        root.put("headline", result.headline());
        root.put("weights", weights.toString());
        ObjectNode metrics = root.putObject("metrics");
        result.metrics().forEach(metrics::put);
        try {
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The metrics in {@code file}, in file order; empty when the file does not exist. */
    public static Map<String, Double> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        JsonNode metrics;
        try {
            metrics = JSON.readTree(file.toFile()).path("metrics");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) {
                out.put(f.getKey(), f.getValue().asDouble());
            }
        });
        return out;
    }
}
