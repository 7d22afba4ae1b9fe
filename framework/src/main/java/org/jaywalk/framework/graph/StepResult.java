package org.jaywalk.framework.graph;

import java.util.Map;

/**
 * The outcome of one run of a {@link TrainingGraph}.
 *
 * @param loss the scalar loss, computed before the update
 * @param diagnostics per-walk scalars by name
 * @param probes requested extra outputs, float values in canonical (PyTorch) layout
 */
public record StepResult(double loss, Map<String, Double> diagnostics, Map<String, float[]> probes) {
}
