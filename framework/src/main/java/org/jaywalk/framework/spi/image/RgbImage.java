package org.jaywalk.framework.spi.image;

/**
 * An 8-bit RGB image as PIL and FFmpeg's {@code rgb24} hold it: rows top to bottom, pixels interleaved,
 * {@code [H, W, 3]}. Operations never modify an image they are given; they return a new one.
 *
 * @param pixels {@code width * height * 3} bytes, read as unsigned
 */
public record RgbImage(int width, int height, byte[] pixels) {

    public RgbImage {
        if (width < 1 || height < 1 || pixels.length != 3 * width * height) {
            throw new IllegalArgumentException("an RGB image of " + width + " x " + height + " needs "
                    + 3L * width * height + " bytes, got " + pixels.length);
        }
    }

    /** A black image. */
    public static RgbImage blank(int width, int height) {
        return new RgbImage(width, height, new byte[3 * width * height]);
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of pixel {@code (x, y)}, in [0, 255]. */
    public int get(int x, int y, int c) {
        return pixels[(y * width + x) * 3 + c] & 0xFF;
    }

    /** The whole image as a crop box. */
    public CropBox bounds() {
        return new CropBox(0, 0, height, width);
    }
}
