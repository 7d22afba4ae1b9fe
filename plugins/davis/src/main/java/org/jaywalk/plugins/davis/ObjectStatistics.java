package org.jaywalk.plugins.davis;

/**
 * DAVIS's summary of one object's per-frame scores ({@code db_statistics}).
 *
 * @param mean the mean
 * @param recall the fraction of frames scoring strictly above 0.5
 * @param decay the mean of the first quarter of the frames minus the mean of the last quarter, with the four
 *              bins cut at {@code round(linspace(1, n, 5)) - 1} and each bin including its end point, so
 *              neighbouring bins share a frame
 */
public record ObjectStatistics(double mean, double recall, double decay) {

    private static final int BINS = 4;

    /** The statistics of {@code perFrame} (NaN for an empty array, like NumPy's {@code nanmean}). */
    public static ObjectStatistics of(double[] perFrame) {
        int n = perFrame.length;
        double mean = mean(perFrame, 0, n);
        double above = 0;
        for (double v : perFrame) {
            above += v > 0.5 ? 1 : 0;
        }
        double recall = n == 0 ? Double.NaN : above / n;
        int[] cuts = binCuts(n);
        double decay = n == 0 ? Double.NaN
                : mean(perFrame, cuts[0], cuts[1] + 1) - mean(perFrame, cuts[BINS - 1], cuts[BINS] + 1);
        return new ObjectStatistics(mean, recall, decay);
    }

    /** {@code round(linspace(1, n, 5) + 1e-10) - 1}: the first and last frame index of each bin. */
    static int[] binCuts(int n) {
        int[] cuts = new int[BINS + 1];
        double step = (n - 1) / (double) BINS;
        for (int i = 0; i <= BINS; i++) {
            double v = i == BINS ? n : 1 + i * step; // NumPy's linspace sets the last point to the end exactly
            cuts[i] = (int) Math.floor(v + 1e-10 + 0.5) - 1;
        }
        return cuts;
    }

    private static double mean(double[] v, int from, int to) {
        to = Math.min(to, v.length);
        if (to <= from) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        return sum / (to - from);
    }
}
