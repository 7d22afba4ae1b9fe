package org.jaywalk.framework.train;

import java.util.Locale;
import java.util.Map;

/**
 * What is logged about one training step.
 *
 * @param step global step, 0-based
 * @param epoch the step's epoch
 * @param loss the loss before the update
 * @param learningRate the scheduled learning rate used
 * @param clipsPerSecond training throughput since the previous log
 * @param diagnostics the loss's extra scalars by name
 */
public record StepMetrics(long step, int epoch, double loss, double learningRate, double clipsPerSecond,
                          Map<String, Double> diagnostics) {

    public StepMetrics {
        diagnostics = Map.copyOf(diagnostics);
    }

    /** Mean of the diagnostics whose name starts with {@code acc}, NaN when there are none. */
    public double accuracy() {
        return diagnostics.entrySet().stream().filter(e -> e.getKey().startsWith("acc"))
                .mapToDouble(Map.Entry::getValue).average().orElse(Double.NaN);
    }

    /** A one-line summary: loss, accuracy (when reported), throughput and learning rate. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", loss));
        if (!Double.isNaN(accuracy())) {
            s.append(String.format(Locale.ROOT, " acc %.3f", accuracy()));
        }
        return s.append(String.format(Locale.ROOT, " %.1f clips/s lr %.3g", clipsPerSecond, learningRate)).toString();
    }
}
