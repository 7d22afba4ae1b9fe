package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * {@code cj}: torchvision's {@code ColorJitter(s, s, s, 0)} on PIL images: brightness, contrast and saturation
 * factors drawn uniformly in {@code [max(0, 1 - s), 1 + s]}, applied in a random order, each as Pillow's
 * {@code ImageEnhance} does it: {@code Image.blend(degenerate, image, factor)} in float32, truncated and clipped
 * to 8 bits, the degenerate image being black, the mean grey (rounded) and the greyscale image respectively.
 */
record ColorJitter(double strength) implements FrameTransform {

    @Override
    public RgbImage apply(RgbImage image, SplittableRandom rng) {
        int[] order = {0, 1, 2};
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double low = Math.max(0, 1 - strength);
        double high = 1 + strength;
        float[] factors = new float[3];
        for (int k = 0; k < 3; k++) {
            factors[k] = (float) Seeds.uniform(rng, low, high);
        }
        RgbImage out = image;
        for (int op : order) {
            out = switch (op) {
                case 0 -> brightness(out, factors[0]);
                case 1 -> contrast(out, factors[1]);
                default -> saturation(out, factors[2]);
            };
        }
        return out;
    }

    /** {@code ImageEnhance.Brightness(image).enhance(factor)}. */
    static RgbImage brightness(RgbImage image, float factor) {
        byte[] in = image.pixels();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = blend(0, in[i] & 0xFF, factor);
        }
        return new RgbImage(image.width(), image.height(), out);
    }

    /** {@code ImageEnhance.Contrast(image).enhance(factor)}. */
    static RgbImage contrast(RgbImage image, float factor) {
        byte[] in = image.pixels();
        long sum = 0;
        for (int i = 0; i < in.length; i += 3) {
            sum += luma(in, i);
        }
        int mean = (int) ((double) sum / (in.length / 3) + 0.5);
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = blend(mean, in[i] & 0xFF, factor);
        }
        return new RgbImage(image.width(), image.height(), out);
    }

    /** {@code ImageEnhance.Color(image).enhance(factor)}. */
    static RgbImage saturation(RgbImage image, float factor) {
        byte[] in = image.pixels();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i += 3) {
            int grey = luma(in, i);
            for (int c = 0; c < 3; c++) {
                out[i + c] = blend(grey, in[i + c] & 0xFF, factor);
            }
        }
        return new RgbImage(image.width(), image.height(), out);
    }

    /** Pillow's {@code convert("L")}: ITU-R 601-2 luma in 16-bit fixed point, rounded. */
    private static int luma(byte[] rgb, int i) {
        return ((rgb[i] & 0xFF) * 19595 + (rgb[i + 1] & 0xFF) * 38470 + (rgb[i + 2] & 0xFF) * 7471 + 0x8000) >> 16;
    }

    /** Pillow's {@code ImagingBlend} for one value: {@code degenerate + factor * (value - degenerate)}. */
    private static byte blend(int degenerate, int value, float factor) {
        float v = degenerate + factor * (value - degenerate);
        return (byte) (v <= 0 ? 0 : v >= 255 ? 255 : (int) v);
    }
}
