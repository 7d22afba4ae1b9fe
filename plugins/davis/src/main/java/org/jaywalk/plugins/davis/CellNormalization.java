package org.jaywalk.plugins.davis;

/**
 * videowalk's {@code --norm_mask}: per cell, the channels minus their smallest value, then divided by their largest
 * value after that, in float32 ({@code pred -= pred.min(-1); pred /= pred.max(-1)}); a cell whose channels are all
 * equal becomes NaN (0/0), as in the reference.
 */
public final class CellNormalization {

    private CellNormalization() {
    }

    /** A normalized copy of {@code labels}. */
    public static SoftLabels apply(SoftLabels labels) {
        int n = labels.labels();
        float[] in = labels.data();
        float[] out = new float[in.length];
        for (int base = 0; base < in.length; base += n) {
            float min = Float.POSITIVE_INFINITY;
            for (int l = 0; l < n; l++) {
                min = Math.min(min, in[base + l]);
            }
            float max = Float.NEGATIVE_INFINITY;
            for (int l = 0; l < n; l++) {
                out[base + l] = in[base + l] - min;
                max = Math.max(max, out[base + l]);
            }
            for (int l = 0; l < n; l++) {
                out[base + l] /= max;
            }
        }
        return new SoftLabels(labels.height(), labels.width(), n, out);
    }
}
