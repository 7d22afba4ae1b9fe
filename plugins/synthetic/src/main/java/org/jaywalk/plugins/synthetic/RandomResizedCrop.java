package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;

/**
 * torchvision's {@code RandomResizedCrop} for a square window: a random sub-rectangle covering
 * {@code scale} of the area with aspect ratio (w/h) in {@code ratio} (log-uniform), drawn as
 * {@code RandomResizedCrop.get_params} does, then resized back to the window's size with bilinear
 * interpolation (half-pixel centres, edges clamped to the crop).
 */
final class RandomResizedCrop {

    /** Keeps the whole window and draws nothing. */
    static final RandomResizedCrop NONE = new RandomResizedCrop(1, 1, 1, 1);

    private static final int ATTEMPTS = 10;

    /** A crop of a window, in pixels relative to the window's top-left corner. */
    record Crop(int top, int left, int height, int width) {
    }

    private final double minScale;
    private final double maxScale;
    private final double minLogRatio;
    private final double maxLogRatio;

    RandomResizedCrop(double minScale, double maxScale, double minRatio, double maxRatio) {
        this.minScale = minScale;
        this.maxScale = maxScale;
        this.minLogRatio = Math.log(minRatio);
        this.maxLogRatio = Math.log(maxRatio);
    }

    /** Draws a crop of a {@code size x size} window (torchvision's algorithm, with its central fallback). */
    Crop draw(SplittableRandom rng, int size) {
        if (this == NONE) {
            return new Crop(0, 0, size, size);
        }
        double area = (double) size * size;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double target = area * Seeds.uniform(rng, minScale, maxScale);
            double aspect = Math.exp(Seeds.uniform(rng, minLogRatio, maxLogRatio));
            int w = (int) Math.round(Math.sqrt(target * aspect));
            int h = (int) Math.round(Math.sqrt(target / aspect));
            if (w > 0 && w <= size && h > 0 && h <= size) {
                int top = rng.nextInt(size - h + 1);
                int left = rng.nextInt(size - w + 1);
                return new Crop(top, left, h, w);
            }
        }
        return centralFallback(size);
    }

    /** torchvision's fallback for a square image: the whole image when 1 is an allowed ratio, else its clamp. */
    private Crop centralFallback(int size) {
        int w = size;
        int h = size;
        if (minLogRatio > 0) {
            h = (int) Math.round(size / Math.exp(minLogRatio));
        } else if (maxLogRatio < 0) {
            w = (int) Math.round(size * Math.exp(maxLogRatio));
        }
        return new Crop((size - h) / 2, (size - w) / 2, h, w);
    }

    /**
     * Resizes {@code crop} of the window at {@code (x0, y0)} of {@code frame [3, F, F]} to {@code out [3, P, P]}
     * at {@code offset}, where P is the window's size.
     */
    static void resize(float[] frame, int frameSize, int x0, int y0, Crop crop, int patchSize, float[] out, int offset) {
        Axis rows = Axis.of(y0 + crop.top(), crop.height(), patchSize);
        Axis cols = Axis.of(x0 + crop.left(), crop.width(), patchSize);
        int framePlane = frameSize * frameSize;
        int patchPlane = patchSize * patchSize;
        for (int c = 0; c < 3; c++) {
            int src = c * framePlane;
            int dst = offset + c * patchPlane;
            for (int y = 0; y < patchSize; y++) {
                int r0 = src + rows.lo[y] * frameSize;
                int r1 = src + rows.hi[y] * frameSize;
                float wy = rows.weight[y];
                for (int x = 0; x < patchSize; x++) {
                    int a = cols.lo[x];
                    int b = cols.hi[x];
                    float wx = cols.weight[x];
                    float top = frame[r0 + a] + (frame[r0 + b] - frame[r0 + a]) * wx;
                    float bottom = frame[r1 + a] + (frame[r1 + b] - frame[r1 + a]) * wx;
                    out[dst + y * patchSize + x] = top + (bottom - top) * wy;
                }
            }
        }
    }

    /** Source pixel pairs and weights for resizing {@code length} pixels starting at {@code start} to {@code size}. */
    private record Axis(int[] lo, int[] hi, float[] weight) {

        static Axis of(int start, int length, int size) {
            int[] lo = new int[size];
            int[] hi = new int[size];
            float[] weight = new float[size];
            double step = (double) length / size;
            for (int i = 0; i < size; i++) {
                double s = Math.min(Math.max((i + 0.5) * step - 0.5, 0), length - 1);
                int floor = (int) s;
                lo[i] = start + floor;
                hi[i] = start + Math.min(floor + 1, length - 1);
                weight[i] = (float) (s - floor);
            }
            return new Axis(lo, hi, weight);
        }
    }
}
