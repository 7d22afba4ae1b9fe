package org.jaywalk.plugins.davis.jhmdb;

import org.jaywalk.plugins.davis.SoftLabels;

/**
 * Joint coordinates from propagated joint maps, as videowalk's {@code test_utils.process_pose}: the background
 * channel is dropped; for each joint the 3 cells with the largest values, weighted by their values divided by their
 * sum, give {@code x = sum(w * (i % w))}, {@code y = sum(w * (i / w))} in feature cells, summed in rank order in
 * float32; a joint whose whole map sums to 0 gets {@code (-1, -1)} (no prediction). Among equal values PyTorch's
 * {@code topk} (as run for the reference) keeps the lowest cell indices but ranks them highest index first, which
 * moves the sums in the last bit; so does this.
 */
public final class PoseDecoding {

    /** Cells averaged per joint. */
    public static final int TOP = 3;

    private PoseDecoding() {
    }

    /** Within each run of equal values (kept in increasing cell order), puts the higher cell first. */
    private static void reverseTies(float[] values, int[] cells) {
        for (int from = 0; from < values.length; ) {
            int to = from + 1;
            while (to < values.length && values[to] == values[from]) {
                to++;
            }
            for (int a = from, b = to - 1; a < b; a++, b--) {
                int c = cells[a];
                cells[a] = cells[b];
                cells[b] = c;
            }
            from = to;
        }
    }

    /**
     * The coordinates of the joints of {@code maps} ({@code [h, w, 1 + J]}), as {@code [2][J]}: row 0 = x, row 1 = y.
     */
    public static float[][] decode(SoftLabels maps) {
        int channels = maps.labels();
        int joints = channels - 1;
        int cells = maps.cells();
        int top = Math.min(TOP, cells);
        float[] data = maps.data();
        float[][] out = new float[2][joints];
        for (int j = 0; j < joints; j++) {
            int[] best = new int[top];
            float[] values = new float[top];
            int found = 0;
            boolean any = false;
            for (int cell = 0; cell < cells; cell++) {
                float v = data[cell * channels + 1 + j];
                any |= v != 0;
                int i = Math.min(found, top);
                if (i == top && !(v > values[top - 1])) {
                    continue;
                }
                if (i == top) {
                    i--;
                }
                while (i > 0 && values[i - 1] < v) {
                    values[i] = values[i - 1];
                    best[i] = best[i - 1];
                    i--;
                }
                values[i] = v;
                best[i] = cell;
                found = Math.min(found + 1, top);
            }
            if (!any) {
                out[0][j] = -1;
                out[1][j] = -1;
                continue;
            }
            reverseTies(values, best);
            float sum = 0;
            for (int i = 0; i < top; i++) {
                sum += values[i];
            }
            float x = 0;
            float y = 0;
            for (int i = 0; i < top; i++) {
                float weight = values[i] / sum;
                x += (float) (best[i] % maps.width()) * weight;
                y += (float) (best[i] / maps.width()) * weight;
            }
            out[0][j] = x;
            out[1][j] = y;
        }
        return out;
    }
}
