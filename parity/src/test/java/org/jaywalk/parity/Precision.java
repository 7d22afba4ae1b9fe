package org.jaywalk.parity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The precision a reference case runs in, and what it is held to. Both are held against the float64 truth
 * (VECTORS.md): float32 graphs within the case file's {@code tol:<key>}; the float64 proof (the same graphs
 * rebuilt in float64, see {@code Float64TrainingGraph}) within {@value #FLOAT64_RELATIVE} of the expected
 * array's scale, the scale VECTORS.md's tolerance floors use: the largest absolute value for arrays compared
 * by their largest difference (activations, walks, losses, statistics), the L2 norm for whole tensors compared
 * by the L2 norm of the difference ({@code grad:}, {@code param:}), the value itself for scalars (loss,
 * diagnostics, norms). Integer arrays must match exactly in both.
 */
enum Precision {
    FLOAT32,
    FLOAT64;

    /** Relative tolerance of the float64 proof. */
    static final double FLOAT64_RELATIVE = 1e-9;

    /** The name printed in the test log. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static double[] widen(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    static float[] narrow(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    static Map<String, double[]> widen(Map<String, float[]> values) {
        Map<String, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, widen(v)));
        return out;
    }
}
