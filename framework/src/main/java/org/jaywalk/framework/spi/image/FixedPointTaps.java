package org.jaywalk.framework.spi.image;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Pillow's 8-bit bilinear taps along one axis ({@link ResampleAxis} rounded to fixed point), padded to the same
 * count for every output pixel so that the resampling loops have a constant trip count: output {@code i} reads
 * input pixels {@code start[i] .. start[i] + taps - 1} with weights {@code weights[i * taps ..]}, the taps Pillow
 * uses plus zero weights. Adding zero products leaves every integer sum, hence every output byte, unchanged.
 * Immutable (final fields: safe to share through the cache without locks); cached for sizes below
 * {@value #CACHED_SIZES} because a clip resizes thousands of boxes of a few sizes.
 */
final class FixedPointTaps {

    /** Input and output sizes below this are cached. */
    static final int CACHED_SIZES = 1024;
    /** By output size, then by input size; rows are made on first use. */
    private static final AtomicReferenceArray<FixedPointTaps[]> CACHE = new AtomicReferenceArray<>(CACHED_SIZES);

    /** Taps per output pixel. */
    final int taps;
    /** The first input pixel of each output pixel, {@code [outSize]}, non-decreasing. */
    final int[] start;
    /** {@code [outSize * taps]}, fixed point with {@link ResampleAxis#PRECISION_BITS} fraction bits. */
    final int[] weights;

    private FixedPointTaps(int taps, int[] start, int[] weights) {
        this.taps = taps;
        this.start = start;
        this.weights = weights;
    }

    /** The taps for resizing {@code inSize} pixels to {@code outSize}. */
    static FixedPointTaps bilinear(int inSize, int outSize) {
        if (inSize >= CACHED_SIZES || outSize >= CACHED_SIZES) {
            return of(ResampleAxis.bilinear(inSize, outSize), inSize);
        }
        FixedPointTaps[] row = CACHE.get(outSize);
        if (row == null) {
            CACHE.compareAndSet(outSize, null, new FixedPointTaps[CACHED_SIZES]);
            row = CACHE.get(outSize);
        }
        FixedPointTaps taps = row[inSize];
        if (taps == null) { // two threads may both compute it: equal values, either may stay
            taps = of(ResampleAxis.bilinear(inSize, outSize), inSize);
            row[inSize] = taps;
        }
        return taps;
    }

    /** {@code axis}, over {@code inSize} input pixels, padded to its largest tap count. */
    static FixedPointTaps of(ResampleAxis axis, int inSize) {
        int[] fixed = axis.fixedPointWeights();
        int out = axis.first().length;
        int taps = 0;
        for (int i = 0; i < out; i++) {
            taps = Math.max(taps, axis.count()[i]);
        }
        int[] start = new int[out];
        int[] weights = new int[out * taps];
        for (int i = 0; i < out; i++) {
            // shifted left only where the padding would run past the last input pixel (count <= taps <= inSize)
            start[i] = Math.min(axis.first()[i], inSize - taps);
            int shift = axis.first()[i] - start[i];
            for (int t = 0; t < axis.count()[i]; t++) {
                weights[i * taps + shift + t] = fixed[i * axis.taps() + t];
            }
        }
        return new FixedPointTaps(taps, start, weights);
    }

    /** Input pixels the whole output reads: from {@code start[0]} to the end of the last output's taps. */
    int span() {
        return start[start.length - 1] + taps - start[0];
    }
}
