package org.jaywalk.framework.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.TensorLayout;
import org.tensorflow.Operand;

/**
 * The named tensors a step may fetch besides the loss: embeddings, walks, gradients, diagnostics, and what
 * listeners ask for. A probe in a non-identity layout (a gradient) is returned in canonical layout.
 */
final class ProbeRegistry {

    /**
     * One fetchable tensor.
     *
     * @param canonicalShape the canonical shape when values must be converted from {@code layout}, else null
     */
    record Probe(String name, Operand<?> operand, TensorLayout layout, long[] canonicalShape) {
    }

    private final Map<String, Probe> probes = new LinkedHashMap<>();

    /** Registers {@code operand} in identity layout. */
    void add(String name, Operand<?> operand) {
        add(name, operand, TensorLayout.IDENTITY, null);
    }

    void add(String name, Operand<?> operand, TensorLayout layout, long[] canonicalShape) {
        if (probes.putIfAbsent(name, new Probe(name, operand, layout, canonicalShape)) != null) {
            throw new IllegalArgumentException("a probe named '" + name + "' exists already");
        }
    }

    /** The probe of {@code name}; fails listing the known names. */
    Probe get(String name) {
        Probe p = probes.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown probe '" + name + "'; known: " + probes.keySet());
        }
        return p;
    }

    List<String> names() {
        return List.copyOf(probes.keySet());
    }
}
