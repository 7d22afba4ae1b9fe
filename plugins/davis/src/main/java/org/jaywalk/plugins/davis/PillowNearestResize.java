package org.jaywalk.plugins.davis;

/**
 * {@code PIL.Image.resize(size, Image.NEAREST)} as Pillow computes it: the source index of destination pixel
 * {@code i} is {@code (int) xo}, with {@code xo} starting at {@code 0.5 * s} and growing by {@code s = in / out} per
 * pixel (accumulated in double, so where {@code (i + 0.5) * s} is a whole number the index can fall one short of it).
 */
public final class PillowNearestResize {

    private PillowNearestResize() {
    }

    /** {@code labels} resized to {@code width x height}. */
    public static LabelImage resize(LabelImage labels, int width, int height) {
        return labels.sample(taps(labels.width(), width), taps(labels.height(), height));
    }

    private static int[] taps(int source, int destination) {
        double s = (double) source / destination;
        double xo = 0.5 * s;
        int[] taps = new int[destination];
        for (int i = 0; i < destination; i++) {
            taps[i] = Math.min((int) xo, source - 1);
            xo += s;
        }
        return taps;
    }
}
