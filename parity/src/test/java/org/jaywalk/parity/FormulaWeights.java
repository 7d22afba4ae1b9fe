package org.jaywalk.parity;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** The reference's formula weights (VECTORS.md): every entry of a tensor rebuilt from its name and index. */
final class FormulaWeights {

    private FormulaWeights() {
    }

    /** The float32 values of tensor {@code name} with canonical {@code shape}, C order. */
    static float[] values(String name, long[] shape) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        long c = crc.getValue();
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double fanIn = 1;
        for (int i = 1; i < shape.length; i++) {
            fanIn *= shape[i];
        }
        float[] out = new float[Math.toIntExact(n)];
        for (int i = 0; i < out.length; i++) {
            double s = 2 * unit(c, i) - 1;
            double v;
            if (name.endsWith("running_var")) {
                v = 1 + 0.2 * s;
            } else if (name.endsWith("running_mean")) {
                v = 0.05 * s;
            } else if (name.endsWith("bias")) {
                v = 0.1 * s;
            } else if (shape.length >= 2) {
                v = Math.sqrt(3 / fanIn) * s;
            } else {
                v = 1 + 0.1 * s;
            }
            out[i] = (float) v;
        }
        return out;
    }

    private static double unit(long c, long i) {
        long z = c * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
