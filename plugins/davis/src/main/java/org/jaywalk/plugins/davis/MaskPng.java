package org.jaywalk.plugins.davis;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * Reads and writes DAVIS masks: indexed-palette PNGs whose pixel values are the labels. Reading returns the
 * raw palette indices (never colours); 8-bit grayscale PNGs are read as labels too, as PIL does. Writing uses
 * the {@link Palette DAVIS palette}.
 */
public final class MaskPng {

    private MaskPng() {
    }

    /** The labels of {@code file}. */
    public static LabelImage read(Path file) {
        ImageFiles.Png png = ImageFiles.readPng(file, "mask");
        return labels(png.image(), png.paletteEntries(), file);
    }

    /** Writes {@code mask} as an 8-bit indexed PNG with the DAVIS palette, creating parent folders. */
    public static void write(Path file, LabelImage mask) {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_INDEXED,
                Palette.colorModel());
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(mask.labels(), 0, pixels, 0, pixels.length);
        ImageFiles.writePng(file, image);
    }

    /** Writes {@code labels} as an 8-bit greyscale PNG (value = label), creating parent folders. */
    public static void writeGray(Path file, LabelImage labels) {
        BufferedImage image = new BufferedImage(labels.width(), labels.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(labels.labels(), 0, pixels, 0, pixels.length);
        ImageFiles.writePng(file, image);
    }

    /**
     * A label image as {@code cv2.imread} and its last channel see it: greyscale values, the red of a palette entry or
     * of an RGB pixel (what videowalk's {@code eval_vip.py} does to predicted masks).
     */
    public static LabelImage readRed(Path file) {
        BufferedImage image = ImageFiles.read(file, "mask");
        IntUnaryOperator red = image.getColorModel() instanceof IndexColorModel palette ? palette::getRed : v -> v;
        return samples(image, (x, y, v) -> red.applyAsInt(v));
    }

    /** What becomes of the first band's sample {@code v} at pixel {@code (x, y)}. */
    @FunctionalInterface
    private interface SampleLabel {
        int label(int x, int y, int v);
    }

    /** The first band of {@code image}, each sample made a label by {@code label}. */
    private static LabelImage samples(BufferedImage image, SampleLabel label) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] labels = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                labels[y * w + x] = (byte) label.label(x, y, row[x]);
            }
        }
        return new LabelImage(w, h, labels);
    }

    private static LabelImage labels(BufferedImage image, int paletteEntries, Path file) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int limit;
        if (model instanceof IndexColorModel) {
            limit = paletteEntries;
        } else if (raster.getNumBands() == 1 && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && model.getComponentSize(0) == 8) {
            limit = 256;
        } else {
            throw new DavisDataException("mask " + file + " is not an indexed-palette PNG (it has "
                    + raster.getNumBands() + " channels of " + model.getComponentSize(0)
                    + " bits): DAVIS masks store one palette index per pixel");
        }
        int entries = limit;
        return samples(image, (x, y, v) -> {
            if (v >= entries) {
                throw new DavisDataException("mask " + file + " has index " + v + " at pixel (" + x + ", " + y
                        + ") but its palette has only " + entries + " entries");
            }
            return v;
        });
    }
}
