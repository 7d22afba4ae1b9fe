package org.jaywalk.framework.spi.image;

/**
 * videowalk's input normalization, torchvision's {@code ToTensor} then {@code Normalize(IMG_MEAN, IMG_STD)}:
 * {@code (pixel / 255 - mean) / std} per RGB channel, in float32 as torch computes it.
 */
public final class Normalization {

    /** videowalk's {@code IMG_MEAN}. */
    public static final float[] MEAN = {0.4914f, 0.4822f, 0.4465f};
    /** videowalk's {@code IMG_STD}. */
    public static final float[] STD = {0.2023f, 0.1994f, 0.2010f};

    /** The normalized value of every byte, per channel. */
    private static final float[][] TABLE = new float[3][256];

    static {
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                TABLE[c][v] = (v / 255f - MEAN[c]) / STD[c];
            }
        }
    }

    private Normalization() {
    }

    /** Normalizes in place {@code data}, a sequence of planar images {@code [3, pixels]} with values in [0, 1]. */
    public static void apply(float[] data, int pixels) {
        for (int start = 0; start < data.length; start += 3 * pixels) {
            for (int c = 0; c < 3; c++) {
                float mean = MEAN[c];
                float std = STD[c];
                int from = start + c * pixels;
                for (int i = from; i < from + pixels; i++) {
                    data[i] = (data[i] - mean) / std;
                }
            }
        }
    }

    /**
     * The normalized value of every byte per channel, {@code [3][256]} (a copy), for writers that fuse the
     * normalization into their own loop (see {@link PillowBilinearResize#resize(RgbImage, CropBox, int, int,
     * float[][], float[], int)}).
     */
    public static float[][] tables() {
        return new float[][] {TABLE[0].clone(), TABLE[1].clone(), TABLE[2].clone()};
    }

    /** Writes {@code image} normalized and planar, {@code [3, H, W]}, to {@code out} at {@code offset}. */
    public static void write(RgbImage image, float[] out, int offset) {
        byte[] pixels = image.pixels();
        int plane = image.width() * image.height();
        for (int c = 0; c < 3; c++) {
            float[] table = TABLE[c];
            int dst = offset + c * plane;
            for (int i = 0; i < plane; i++) {
                out[dst + i] = table[pixels[3 * i + c] & 0xFF];
            }
        }
    }

    /** The byte a normalized value of channel {@code c} came from (rounded and clamped), for pictures. */
    public static int toByte(float normalized, int c) {
        return Math.max(0, Math.min(255, Math.round((normalized * STD[c] + MEAN[c]) * 255)));
    }
}
