package org.jaywalk.plugins.davis;

/**
 * videowalk's {@code --texture} ({@code vos.py}'s {@code texturize}): frame 0's objects replaced by horizontal stripes
 * to watch how propagation moves them. The rows of the label grid where some object channel is exactly 1 are split
 * into at most 10 bands in order; band {@code b} becomes channel {@code 1 + b} on those rows' object cells, the rest
 * is channel 0 (background).
 */
public final class Texture {

    private static final int MAX_STRIPES = 10;

    private Texture() {
    }

    /** The striped labels of {@code labels} ({@code [h, w, L]}, channel 0 the background): {@code [h, w, 1 + stripes]}. */
    public static SoftLabels stripes(SoftLabels labels) {
        int h = labels.height();
        int w = labels.width();
        int n = labels.labels();
        float[] in = labels.data();
        int[] rows = new int[h];
        int count = 0;
        for (int y = 0; y < h; y++) {
            boolean appears = false;
            for (int x = 0; x < w; x++) {
                appears |= objectCell(in, (y * w + x) * n, n);
            }
            if (appears) {
                rows[count++] = y;
            }
        }
        int stripes = Math.min(MAX_STRIPES, count);
        int channels = stripes + 1;
        float[] out = new float[h * w * channels];
        for (int cell = 0; cell < h * w; cell++) {
            out[cell * channels] = 1;
        }
        for (int i = 0; i < count; i++) {
            int band = (int) Math.floor(i / ((double) count / stripes));
            for (int x = 0; x < w; x++) {
                int cell = rows[i] * w + x;
                if (objectCell(in, cell * n, n)) {
                    out[cell * channels] = 0;
                    out[cell * channels + 1 + band] = 1;
                }
            }
        }
        return new SoftLabels(h, w, channels, out);
    }

    /** Whether some object channel (not channel 0) of the cell at {@code base} is exactly 1. */
    private static boolean objectCell(float[] data, int base, int n) {
        for (int l = 1; l < n; l++) {
            if (data[base + l] == 1f) {
                return true;
            }
        }
        return false;
    }
}
