package org.jaywalk.plugins.davis.jhmdb;

import org.jaywalk.plugins.davis.SoftLabels;

/**
 * Frame 0's joints as the propagation's labels, as videowalk's {@code data/jhmdb.py} draws them
 * ({@code draw_labelmap_np}, sigma 0.5): channel 0 is the background (1 where no joint is drawn), channel
 * {@code 1 + j} joint {@code j}'s fixed 4x4 Gaussian patch {@code exp(-((a-2)^2 + (b-2)^2) / 0.5)}, written (not added)
 * from {@code ul = trunc(x - 1.5)} to {@code br = trunc(x + 2.5)} (exclusive) per axis and clipped to the grid; a joint
 * whose patch misses the grid leaves its channel empty. Coordinates are in feature cells; values float32.
 */
public final class JointHeatmaps {

    /** Half the patch, {@code 3 * sigma}. */
    private static final double REACH = 1.5;
    private static final int PATCH = 4;

    private JointHeatmaps() {
    }

    /**
     * The label map {@code [h, w, 1 + J]} of joints at cell coordinates {@code (x[j], y[j])}.
     *
     * @param x column coordinates in feature cells, one per joint
     * @param y row coordinates in feature cells
     */
    public static SoftLabels draw(double[] x, double[] y, int h, int w) {
        int joints = x.length;
        int channels = joints + 1;
        float[] map = new float[h * w * channels];
        for (int j = 0; j < joints; j++) {
            int ulx = (int) (x[j] - REACH);
            int uly = (int) (y[j] - REACH);
            int brx = (int) (x[j] + REACH + 1);
            int bry = (int) (y[j] + REACH + 1);
            if (ulx >= w || uly >= h || brx < 0 || bry < 0) {
                continue;
            }
            for (int row = Math.max(0, uly); row < Math.min(bry, h); row++) {
                for (int col = Math.max(0, ulx); col < Math.min(brx, w); col++) {
                    map[(row * w + col) * channels + 1 + j] = patch(row - uly, col - ulx);
                }
            }
        }
        for (int cell = 0; cell < h * w; cell++) {
            boolean any = false;
            for (int j = 0; j < joints; j++) {
                any |= map[cell * channels + 1 + j] != 0;
            }
            map[cell * channels] = any ? 0 : 1;
        }
        return new SoftLabels(h, w, channels, map);
    }

    /** The patch's value at row {@code a}, column {@code b} (0..3; the peak is at 2, 2), rounded to float32. */
    static float patch(int a, int b) {
        if (a < 0 || b < 0 || a >= PATCH || b >= PATCH) {
            throw new IllegalArgumentException("patch index " + a + ", " + b);
        }
        double d = (double) (b - 2) * (b - 2) + (double) (a - 2) * (a - 2);
        return (float) StrictMath.exp(-d / (2 * 0.5 * 0.5));
    }
}
