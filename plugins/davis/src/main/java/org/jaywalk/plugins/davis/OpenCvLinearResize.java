package org.jaywalk.plugins.davis;

/**
 * {@code cv2.resize(src, (dw, dh))} with the default {@code INTER_LINEAR}, for float32 images with any number
 * of channels ({@code [h, w, c]}, position-major): half-pixel-centre sampling
 * ({@code src = (dst + 0.5) * scale - 0.5}), two taps per axis, no anti-aliasing when shrinking (so it is not
 * area averaging), float arithmetic as OpenCV's generic path: columns clamp to the edge (taps {@code (x, 1-0)}),
 * rows clip their tap indices to the image. Results match OpenCV up to float rounding. An exact halving of both
 * sides is, as OpenCV routes it, the mean of each 2x2 block ({@code INTER_AREA}).
 *
 * <p>Named after what it reproduces: videowalk resizes DAVIS labels with OpenCV, whose linear filter differs
 * from Pillow's bilinear one (the framework's {@code BilinearResize}, used for training frames).
 */
public final class OpenCvLinearResize {

    private OpenCvLinearResize() {
    }

    /** Resizes {@code src} ({@code [sh, sw, channels]}) to {@code [dh, dw, channels]}. */
    public static float[] resize(float[] src, int sh, int sw, int channels, int dh, int dw) {
        if (src.length != sh * sw * channels) {
            throw new IllegalArgumentException("a [" + sh + ", " + sw + ", " + channels + "] image needs "
                    + sh * sw * channels + " values, got " + src.length);
        }
        if (sh == dh && sw == dw) {
            return src.clone();
        }
        if (sh == 2 * dh && sw == 2 * dw) {
            return halve(src, sw, channels, dh, dw);
        }
        int[] x0 = new int[dw];
        float[] ax = new float[dw];
        double scaleX = 1.0 / ((double) dw / sw);
        for (int dx = 0; dx < dw; dx++) {
            float fx = (float) ((dx + 0.5) * scaleX - 0.5);
            int sx = (int) Math.floor(fx);
            fx -= sx;
            if (sx < 0) {
                fx = 0;
                sx = 0;
            }
            if (sx >= sw - 1) {
                fx = 0;
                sx = sw - 1;
            }
            x0[dx] = sx;
            ax[dx] = fx;
        }
        float[] rowA = new float[dw * channels];
        float[] rowB = new float[dw * channels];
        float[] out = new float[dh * dw * channels];
        double scaleY = 1.0 / ((double) dh / sh);
        for (int dy = 0; dy < dh; dy++) {
            float fy = (float) ((dy + 0.5) * scaleY - 0.5);
            int sy = (int) Math.floor(fy);
            fy -= sy;
            horizontal(src, clip(sy, sh), sw, channels, x0, ax, rowA);
            horizontal(src, clip(sy + 1, sh), sw, channels, x0, ax, rowB);
            float b0 = 1f - fy;
            int base = dy * dw * channels;
            for (int i = 0; i < rowA.length; i++) {
                out[base + i] = rowA[i] * b0 + rowB[i] * fy;
            }
        }
        return out;
    }

    /** OpenCV's fast area path for a scale of exactly 2: {@code (a + b + c + d) * 0.25f} per 2x2 block. */
    private static float[] halve(float[] src, int sw, int channels, int dh, int dw) {
        float[] out = new float[dh * dw * channels];
        for (int y = 0; y < dh; y++) {
            int row0 = 2 * y * sw * channels;
            int row1 = row0 + sw * channels;
            for (int x = 0; x < dw; x++) {
                for (int c = 0; c < channels; c++) {
                    int i = 2 * x * channels + c;
                    out[(y * dw + x) * channels + c] = (src[row0 + i] + src[row0 + i + channels] + src[row1 + i]
                            + src[row1 + i + channels]) * 0.25f;
                }
            }
        }
        return out;
    }

    /** One source row resized horizontally into {@code dst} ({@code [dw, channels]}). */
    private static void horizontal(float[] src, int row, int sw, int channels, int[] x0, float[] ax, float[] dst) {
        int base = row * sw * channels;
        for (int dx = 0; dx < x0.length; dx++) {
            int a = base + x0[dx] * channels;
            int b = x0[dx] + 1 < sw ? a + channels : a;
            float w1 = ax[dx];
            float w0 = 1f - w1;
            for (int c = 0; c < channels; c++) {
                dst[dx * channels + c] = src[a + c] * w0 + src[b + c] * w1;
            }
        }
    }

    private static int clip(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
