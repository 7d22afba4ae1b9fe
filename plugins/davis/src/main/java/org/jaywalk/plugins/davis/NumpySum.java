package org.jaywalk.plugins.davis;

/**
 * Sums in NumPy's order ({@code pairwise_sum} of {@code np.add.reduce}), so that means computed like the
 * reference's evaluation scripts agree with them to the last bit: fewer than 8 values left to right from 0; up to
 * 128 values in 8 interleaved partial sums combined as {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}, then the rest
 * left to right; more, split in two halves (the first a multiple of 8).
 */
public final class NumpySum {

    private static final int BLOCK = 128;

    private NumpySum() {
    }

    /** {@code np.sum(values)}. */
    public static double sum(double[] values) {
        return pairwise(values, 0, values.length);
    }

    /** {@code np.mean(values)}. */
    public static double mean(double[] values) {
        return sum(values) / values.length;
    }

    /** {@code np.nanmean(values)}: the sum with NaN taken as 0, over the number of values that are not NaN. */
    public static double nanMean(double[] values) {
        double[] zeroed = new double[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            boolean nan = Double.isNaN(values[i]);
            zeroed[i] = nan ? 0 : values[i];
            count += nan ? 0 : 1;
        }
        return sum(zeroed) / count;
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
