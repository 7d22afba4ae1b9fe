package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * A random tileable colour image {@code [3, S, S]} in {@code [0, 1]}: a base pattern blending two
 * contrasting colours, overlaid with a detail pattern in a third colour. Sampled with wrap-around
 * bilinear interpolation. Immutable.
 */
final class Texture {

    private static final float DETAIL_WEIGHT = 0.6f;

    private final int size;
    private final float[] rgb; // [3, S, S]

    private Texture(int size, float[] rgb) {
        this.size = size;
        this.rgb = rgb;
    }

    /**
     * @param irregular use value noise as the base pattern (non-periodic looking, for backgrounds, so
     *     that every patch differs); otherwise any pattern kind
     */
    static Texture random(SplittableRandom rng, int size, boolean irregular) {
        float[] base = irregular ? Pattern.random(rng, size, Pattern.Kind.NOISE) : Pattern.random(rng, size);
        float[] detail = Pattern.random(rng, size);
        float[] c0 = randomColour(rng);
        float[] c1 = contrastingColour(rng, c0);
        float[] c2 = randomColour(rng);
        int plane = size * size;
        float[] rgb = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                float v = c0[c] + (c1[c] - c0[c]) * base[i];
                rgb[c * plane + i] = v + (c2[c] - v) * DETAIL_WEIGHT * detail[i] * detail[i];
            }
        }
        return new Texture(size, rgb);
    }

    /** The colour at {@code (x, y)} (pixels, any real numbers: the texture repeats) into {@code out[0..2]}. */
    void sample(double x, double y, float[] out) {
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int x0 = Math.floorMod((long) fx, size);
        int y0 = Math.floorMod((long) fy, size);
        int x1 = x0 + 1 == size ? 0 : x0 + 1;
        int y1 = y0 + 1 == size ? 0 : y0 + 1;
        float ax = (float) (x - fx);
        float ay = (float) (y - fy);
        int plane = size * size;
        for (int c = 0, p = 0; c < 3; c++, p += plane) {
            float top = lerp(rgb[p + y0 * size + x0], rgb[p + y0 * size + x1], ax);
            float bottom = lerp(rgb[p + y1 * size + x0], rgb[p + y1 * size + x1], ax);
            out[c] = lerp(top, bottom, ay);
        }
    }

    /** Fills {@code frame [3, H, W]} with this texture shifted by {@code (dx, dy)}: pixel (x, y) = sample(x + dx, y + dy). */
    void paint(double dx, double dy, float[] frame, int width, int height) {
        // the shift is the same for every pixel: one interpolation weight per axis, wrapped indices per row/column
        int[] cols = wrappedIndices(dx, width);
        int[] rows = wrappedIndices(dy, height);
        float ax = (float) (dx - Math.floor(dx));
        float ay = (float) (dy - Math.floor(dy));
        int plane = width * height;
        int texturePlane = size * size;
        for (int c = 0; c < 3; c++) {
            int src = c * texturePlane;
            for (int y = 0; y < height; y++) {
                int r0 = src + rows[y] * size;
                int r1 = src + rows[y + 1] * size;
                int dst = c * plane + y * width;
                for (int x = 0; x < width; x++) {
                    float top = lerp(rgb[r0 + cols[x]], rgb[r0 + cols[x + 1]], ax);
                    float bottom = lerp(rgb[r1 + cols[x]], rgb[r1 + cols[x + 1]], ax);
                    frame[dst + x] = lerp(top, bottom, ay);
                }
            }
        }
    }

    /** {@code floor(shift) + i} wrapped into the tile, for {@code i = 0 .. count} (one extra for interpolation). */
    private int[] wrappedIndices(double shift, int count) {
        int first = (int) Math.floorMod((long) Math.floor(shift), size);
        int[] indices = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            indices[i] = (first + i) % size;
        }
        return indices;
    }

    /** Bytes held, for cache budgets. */
    long bytes() {
        return 4L * rgb.length;
    }

    private static float[] randomColour(SplittableRandom rng) {
        return new float[] {
            (float) Seeds.uniform(rng, 0.05, 0.95),
            (float) Seeds.uniform(rng, 0.05, 0.95),
            (float) Seeds.uniform(rng, 0.05, 0.95)
        };
    }

    /** A colour at least 0.5 away from {@code other} (Euclidean RGB), or the most distant of a few tries. */
    private static float[] contrastingColour(SplittableRandom rng, float[] other) {
        float[] best = randomColour(rng);
        for (int attempt = 0; attempt < 8 && distance(best, other) < 0.5; attempt++) {
            float[] candidate = randomColour(rng);
            if (distance(candidate, other) > distance(best, other)) {
                best = candidate;
            }
        }
        return best;
    }

    private static double distance(float[] a, float[] b) {
        double dr = a[0] - b[0];
        double dg = a[1] - b[1];
        double db = a[2] - b[2];
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }
}
