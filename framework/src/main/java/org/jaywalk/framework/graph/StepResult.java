package org.jaywalk.framework.graph;

import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * The outcome of one run of a {@link TrainingGraph}.
 *
 * @param loss the scalar loss, computed before the update
 * @param diagnostics per-walk scalars by name
 * @param probes requested extra outputs, float values in canonical (PyTorch) layout
 * @param probeShapes the shape of each probe's values
 */
public record StepResult(double loss, Map<String, Double> diagnostics, Map<String, float[]> probes,
                         Map<String, long[]> probeShapes) {

    /** A probe's values with their shape. */
    public HostArray probe(String name) {
        float[] values = probes.get(name);
        if (values == null) {
            throw new IllegalArgumentException("probe '" + name + "' was not fetched in this step");
        }
        return HostArray.ofFloats(probeShapes.get(name), values);
    }
}
