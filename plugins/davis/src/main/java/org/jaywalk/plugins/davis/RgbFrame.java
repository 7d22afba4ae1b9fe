package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A video frame as 8-bit RGB, row-major and interleaved ({@code [H, W, 3]}).
 *
 * @param width pixels per row
 * @param height rows
 * @param rgb {@code height * width * 3} bytes (unsigned); not copied
 */
public record RgbFrame(int width, int height, byte[] rgb) {

    /** ImageNet statistics used by videowalk ({@code code/data/vos.py}). */
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    public RgbFrame {
        Objects.requireNonNull(rgb, "rgb");
        if (width <= 0 || height <= 0 || rgb.length != 3L * width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB frame needs " + 3L * width * height
                    + " bytes, got " + rgb.length);
        }
    }

    /** Decodes an image file (JPEG, PNG, ...) as RGB. */
    public static RgbFrame read(Path file) {
        return of(ImageFiles.read(file, "frame"));
    }

    /** The RGB content of {@code image} (grayscale images are replicated to three channels). */
    public static RgbFrame of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[3 * argb.length];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbFrame(w, h, rgb);
    }

    /**
     * The network input: values scaled to [0, 1], then normalized per channel with ImageNet mean and standard
     * deviation, {@code [H, W, 3]} (NHWC without the batch axis).
     */
    public float[] normalized() {
        return normalize(unit());
    }

    /** Values scaled to [0, 1] ({@code float32(v) / 255}), {@code [H, W, 3]}. */
    public float[] unit() {
        float[] out = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = (rgb[i] & 0xFF) / 255f;
        }
        return out;
    }

    /** {@code [.., 3]} values in [0, 1] normalized per channel with ImageNet mean and standard deviation, in place. */
    static float[] normalize(float[] unit) {
        for (int i = 0; i < unit.length; i++) {
            int c = i % 3;
            unit[i] = (unit[i] - MEAN[c]) / STD[c];
        }
        return unit;
    }

    /** {@code WxH}, for messages. */
    public String sizeText() {
        return width + "x" + height;
    }
}
