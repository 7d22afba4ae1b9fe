package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;

/**
 * A mask blended on its frame for people to look at, as the reference's {@code _blend.jpg}: each pixel is
 * half the frame and half the palette colour of its label (the background darkens the frame).
 */
public final class Overlay {

    private Overlay() {
    }

    /** The blended image. */
    public static BufferedImage blend(RgbFrame frame, LabelImage mask) {
        if (frame.width() != mask.width() || frame.height() != mask.height()) {
            throw new IllegalArgumentException("mask " + mask.sizeText() + " does not fit frame " + frame.sizeText());
        }
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[mask.size()];
        byte[] pixels = frame.rgb();
        for (int i = 0; i < rgb.length; i++) {
            int colour = Palette.rgb(mask.label(i));
            int r = half(pixels[3 * i], colour >> 16);
            int g = half(pixels[3 * i + 1], colour >> 8);
            int b = half(pixels[3 * i + 2], colour);
            rgb[i] = r << 16 | g << 8 | b;
        }
        image.setRGB(0, 0, frame.width(), frame.height(), rgb, 0, frame.width());
        return image;
    }

    private static int half(byte pixel, int colour) {
        return (int) ((pixel & 0xFF) * 0.5f + (colour & 0xFF) * 0.5f);
    }
}
