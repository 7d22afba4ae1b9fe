package org.jaywalk.plugins.davis;

/**
 * {@code cv2.resize(src, (dw, dh))}, default {@code INTER_LINEAR}, on an 8-bit single-channel image in OpenCV's
 * fixed point: per destination column {@code f = (float) ((dx + 0.5) * (1 / (dw / sw)) - 0.5)}, {@code sx = floor(f)},
 * {@code fx = f - sx}, clamped to the edge columns with {@code fx = 0}; rows the same without that clamp (their two
 * taps are clipped into the image, the weights kept); weights {@code rint(2048 * w)}; the horizontal pass gives
 * {@code h = src[sx] * a0 + src[sx + 1] * a1}, the vertical one
 * {@code (((b0 * (h0 >> 4)) >> 16) + ((b1 * (h1 >> 4)) >> 16) + 2) >> 2}. An exact halving of both sides is, as OpenCV
 * routes it, {@code INTER_AREA}: {@code (a + b + c + d + 2) >> 2}. This is what videowalk's {@code vos.py} does to
 * label images, whose {@code cv2.INTER_NEAREST} lands in {@code dst}, not {@code interpolation}.
 */
public final class OpenCvLinearResize8U {

    private static final int ONE = 2048;

    private OpenCvLinearResize8U() {
    }

    /** {@code src} resized to {@code width x height}. */
    public static LabelImage resize(LabelImage src, int width, int height) {
        int sw = src.width();
        int sh = src.height();
        if (sw == width && sh == height) {
            return new LabelImage(width, height, src.labels().clone());
        }
        byte[] out = new byte[width * height];
        if (sw == 2 * width && sh == 2 * height) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int sum = src.label(2 * x, 2 * y) + src.label(2 * x + 1, 2 * y) + src.label(2 * x, 2 * y + 1)
                            + src.label(2 * x + 1, 2 * y + 1);
                    out[y * width + x] = (byte) ((sum + 2) >> 2);
                }
            }
            return new LabelImage(width, height, out);
        }
        int[] x0 = new int[width];
        int[] a0 = new int[width];
        int[] a1 = new int[width];
        double scaleX = 1.0 / ((double) width / sw);
        for (int dx = 0; dx < width; dx++) {
            float f = (float) ((dx + 0.5) * scaleX - 0.5);
            int sx = (int) Math.floor(f);
            float fx = f - sx;
            if (sx < 0) {
                sx = 0;
                fx = 0;
            }
            if (sx >= sw - 1) {
                sx = sw - 1;
                fx = 0;
            }
            x0[dx] = sx;
            a0[dx] = weight(1f - fx);
            a1[dx] = weight(fx);
        }
        double scaleY = 1.0 / ((double) height / sh);
        int[] row0 = new int[width];
        int[] row1 = new int[width];
        for (int dy = 0; dy < height; dy++) {
            float f = (float) ((dy + 0.5) * scaleY - 0.5);
            int sy = (int) Math.floor(f);
            float fy = f - sy;
            int b0 = weight(1f - fy);
            int b1 = weight(fy);
            horizontal(src, clip(sy, sh), x0, a0, a1, row0);
            horizontal(src, clip(sy + 1, sh), x0, a0, a1, row1);
            for (int dx = 0; dx < width; dx++) {
                int v = (((b0 * (row0[dx] >> 4)) >> 16) + ((b1 * (row1[dx] >> 4)) >> 16) + 2) >> 2;
                out[dy * width + dx] = (byte) Math.min(255, Math.max(0, v));
            }
        }
        return new LabelImage(width, height, out);
    }

    private static void horizontal(LabelImage src, int row, int[] x0, int[] a0, int[] a1, int[] dst) {
        for (int dx = 0; dx < x0.length; dx++) {
            int sx = x0[dx];
            int right = a1[dx] == 0 ? 0 : src.label(sx + 1, row) * a1[dx];
            dst[dx] = src.label(sx, row) * a0[dx] + right;
        }
    }

    private static int weight(float w) {
        return (int) Math.rint(w * ONE);
    }

    private static int clip(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
