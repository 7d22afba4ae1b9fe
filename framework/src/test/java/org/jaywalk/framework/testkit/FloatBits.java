package org.jaywalk.framework.testkit;

/** Test support: float arrays compared bit for bit (signed zeros and NaN payloads included). */
public final class FloatBits {

    private FloatBits() {
    }

    /** The raw IEEE bits of every value. */
    public static int[] of(float[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Float.floatToRawIntBits(values[i]);
        }
        return out;
    }
}
