package org.jaywalk.plugins.davis;

import java.util.Objects;

/**
 * A label image: one unsigned 8-bit label (a palette index) per pixel, row-major. DAVIS masks use 0 for the
 * background, 1..N for objects and 255 for void.
 *
 * @param width pixels per row
 * @param height rows
 * @param labels {@code width * height} labels (read as unsigned); not copied
 */
public record LabelImage(int width, int height, byte[] labels) {

    public LabelImage {
        Objects.requireNonNull(labels, "labels");
        if (width <= 0 || height <= 0 || labels.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " label image needs " + (long) width * height
                    + " labels, got " + labels.length);
        }
    }

    /** An all-background image. */
    public static LabelImage blank(int width, int height) {
        return new LabelImage(width, height, new byte[width * height]);
    }

    /** The label of pixel {@code i} (row-major index). */
    public int label(int i) {
        return labels[i] & 0xFF;
    }

    /** The label at column {@code x}, row {@code y}. */
    public int label(int x, int y) {
        return label(y * width + x);
    }

    /** Number of pixels. */
    public int size() {
        return labels.length;
    }

    /** The largest label present. */
    public int maxLabel() {
        int max = 0;
        for (byte b : labels) {
            max = Math.max(max, b & 0xFF);
        }
        return max;
    }

    /** The image of {@code columns.length x rows.length} pixels taking pixel {@code (columns[x], rows[y])}. */
    public LabelImage sample(int[] columns, int[] rows) {
        byte[] out = new byte[columns.length * rows.length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < columns.length; x++) {
                out[y * columns.length + x] = labels[rows[y] * width + columns[x]];
            }
        }
        return new LabelImage(columns.length, rows.length, out);
    }

    /** Whether {@code other} has the same width and height. */
    public boolean sameSize(LabelImage other) {
        return width == other.width && height == other.height;
    }

    /** {@code WxH}, for messages. */
    public String sizeText() {
        return width + "x" + height;
    }
}
