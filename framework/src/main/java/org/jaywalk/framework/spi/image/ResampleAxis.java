package org.jaywalk.framework.spi.image;

/**
 * The taps of PIL's bilinear resampling along one axis ({@code precompute_coeffs} in Pillow's
 * {@code Resample.c}): output pixel {@code i} is the weighted sum of input pixels
 * {@code first[i] .. first[i] + count[i] - 1} with weights {@code weights[i * taps ..]}. The triangle filter is
 * widened by the scale factor when shrinking (antialiasing); near the edges the weights are renormalized, which
 * clamps to the input.
 */
record ResampleAxis(int taps, int[] first, int[] count, double[] weights) {

    /** Fixed-point fraction bits of Pillow's 8-bit path ({@code PRECISION_BITS}). */
    static final int PRECISION_BITS = 32 - 8 - 2;

    /** Taps for resizing {@code inSize} pixels to {@code outSize}. */
    static ResampleAxis bilinear(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = filterScale; // the bilinear filter's support is 1
        int taps = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        double[] weights = new double[outSize * taps];
        for (int i = 0; i < outSize; i++) {
            double center = (i + 0.5) * scale;
            int min = Math.max((int) (center - support + 0.5), 0);
            int max = Math.min((int) (center + support + 0.5), inSize) - min;
            double sum = 0;
            for (int x = 0; x < max; x++) {
                double w = triangle((x + min - center + 0.5) / filterScale);
                weights[i * taps + x] = w;
                sum += w;
            }
            if (sum != 0) {
                for (int x = 0; x < max; x++) {
                    weights[i * taps + x] /= sum;
                }
            }
            first[i] = min;
            count[i] = max;
        }
        return new ResampleAxis(taps, first, count, weights);
    }

    /** The weights rounded to {@link #PRECISION_BITS} fraction bits, as Pillow's 8-bit path uses them. */
    int[] fixedPointWeights() {
        int[] fixed = new int[weights.length];
        double one = 1 << PRECISION_BITS;
        for (int i = 0; i < weights.length; i++) {
            fixed[i] = (int) (weights[i] < 0 ? -0.5 + weights[i] * one : 0.5 + weights[i] * one);
        }
        return fixed;
    }

    /** Input pixels the output needs: from {@code first[0]} to the end of the last output's taps. */
    int span() {
        int last = first.length - 1;
        return first[last] + count[last] - first[0];
    }

    private static double triangle(double x) {
        double a = Math.abs(x);
        return a < 1 ? 1 - a : 0;
    }
}
