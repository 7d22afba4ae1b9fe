package org.jaywalk.framework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.jaywalk.framework.spi.eval.EvaluationResult;

/** Prints an evaluation's headline metric, then every metric as a two-column table. */
final class EvaluationPrinter {

    private EvaluationPrinter() {
    }

    static void print(PrintWriter out, EvaluationResult result, Path folder) {
        out.printf("%s = %.4f (evaluation in %s)%n", result.headline(), result.headlineValue(), folder);
        int width = result.metrics().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
            out.printf("  %-" + width + "s  %.6f%n", metric.getKey(), metric.getValue());
        }
    }
}
