package org.jaywalk.framework.spi.image;

import java.util.Arrays;

/**
 * Crop-then-resize with PIL's bilinear filter ({@code img.crop(box).resize(size, Image.BILINEAR)}, which is what
 * torchvision's {@code Resize} and {@code RandomResizedCrop} do to PIL images): separable, horizontal pass first,
 * antialiased when shrinking, pixels outside the crop never used. The 8-bit version reproduces Pillow's
 * fixed-point arithmetic and rounding (with the taps padded to a constant count, see {@link FixedPointTaps}); the
 * float version uses the same taps without rounding.
 */
public final class PillowBilinearResize {

    private static final int HALF = 1 << (ResampleAxis.PRECISION_BITS - 1);

    private PillowBilinearResize() {
    }

    /** {@code box} of {@code image} resized to {@code width x height}. */
    public static RgbImage resize(RgbImage image, CropBox box, int width, int height) {
        Rows rows = horizontal(image, box, width, height);
        if (height == box.height()) {
            return new RgbImage(width, height, rows.isCrop() ? copy(image, box).pixels() : rows.pixels);
        }
        byte[] out = new byte[3 * width * height];
        verticalPass(rows, FixedPointTaps.bilinear(box.height(), height), width, height, out);
        return new RgbImage(width, height, out);
    }

    /**
     * {@code box} of {@code image} resized to {@code width x height} as {@link #resize} does, each resulting byte
     * of channel {@code c} replaced by {@code tables[c][byte]}, written planar {@code [3, height, width]} to
     * {@code out} at {@code offset}: the same values as {@code resize} followed by a per-channel lookup, without
     * the intermediate image (e.g. {@link Normalization#write} fused in).
     *
     * @param tables {@code [3][256]}
     */
    public static void resize(RgbImage image, CropBox box, int width, int height, float[][] tables, float[] out,
                              int offset) {
        Rows rows = horizontal(image, box, width, height);
        if (height == box.height()) {
            mapRows(rows, width, height, tables, out, offset);
        } else {
            verticalPassMapped(rows, FixedPointTaps.bilinear(box.height(), height), width, height, tables, out,
                    offset);
        }
    }

    /** {@code box} of {@code image}, unchanged. */
    public static RgbImage copy(RgbImage image, CropBox box) {
        byte[] out = new byte[3 * box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(image.pixels(), 3 * ((box.top() + y) * image.width() + box.left()), out,
                    3 * y * box.width(), 3 * box.width());
        }
        return new RgbImage(box.width(), box.height(), out);
    }

    /**
     * The source of the vertical pass: row {@code r} of the box starts at byte {@code 3 * ((y0 + r) * width + x0)}
     * of {@code pixels}, either the image itself (no horizontal resize) or the horizontal pass's output.
     */
    private record Rows(byte[] pixels, int width, int x0, int y0, boolean isCrop) {
    }

    /** The horizontal pass over the rows the vertical pass will read, or the crop itself if the width is kept. */
    private static Rows horizontal(RgbImage image, CropBox box, int width, int height) {
        if (!box.fitsIn(image.width(), image.height())) {
            throw new IllegalArgumentException(box + " does not fit in " + image.width() + " x " + image.height());
        }
        if (width == box.width()) {
            return new Rows(image.pixels(), image.width(), box.left(), box.top(), true);
        }
        int firstRow = 0;
        int rowCount = box.height();
        if (height != box.height()) {
            FixedPointTaps ys = FixedPointTaps.bilinear(box.height(), height);
            firstRow = ys.start[0];
            rowCount = ys.span();
        }
        byte[] out = new byte[3 * width * rowCount];
        horizontalPass(image, box, firstRow, rowCount, FixedPointTaps.bilinear(box.width(), width), width, out);
        return new Rows(out, width, 0, -firstRow, false);
    }

    /** Rows {@code firstRow .. firstRow + rowCount - 1} of the crop, resized horizontally to {@code width}. */
    private static void horizontalPass(RgbImage image, CropBox box, int firstRow, int rowCount, FixedPointTaps xs,
                                       int width, byte[] out) {
        int taps = xs.taps;
        int[] start = xs.start;
        int[] k = xs.weights;
        byte[] in = image.pixels();
        for (int r = 0; r < rowCount; r++) {
            int rowStart = 3 * ((box.top() + firstRow + r) * image.width() + box.left());
            int dst = 3 * r * width;
            if (taps == 2) { // every enlargement: the same sums as below, unrolled
                for (int x = 0; x < width; x++, dst += 3) {
                    int src = rowStart + 3 * start[x];
                    int w0 = k[2 * x];
                    int w1 = k[2 * x + 1];
                    out[dst] = clip8(HALF + (in[src] & 0xFF) * w0 + (in[src + 3] & 0xFF) * w1);
                    out[dst + 1] = clip8(HALF + (in[src + 1] & 0xFF) * w0 + (in[src + 4] & 0xFF) * w1);
                    out[dst + 2] = clip8(HALF + (in[src + 2] & 0xFF) * w0 + (in[src + 5] & 0xFF) * w1);
                }
                continue;
            }
            for (int x = 0; x < width; x++, dst += 3) {
                int s0 = HALF;
                int s1 = HALF;
                int s2 = HALF;
                int src = rowStart + 3 * start[x];
                for (int t = x * taps, end = t + taps; t < end; t++, src += 3) {
                    int w = k[t];
                    s0 += (in[src] & 0xFF) * w;
                    s1 += (in[src + 1] & 0xFF) * w;
                    s2 += (in[src + 2] & 0xFF) * w;
                }
                out[dst] = clip8(s0);
                out[dst + 1] = clip8(s1);
                out[dst + 2] = clip8(s2);
            }
        }
    }

    /** Output row {@code y} of the vertical pass before rounding: fixed-point sums, interleaved, in {@code sums}. */
    private static void verticalSums(Rows rows, FixedPointTaps ys, int y, int width, int[] sums) {
        byte[] in = rows.pixels;
        int rowBytes = 3 * rows.width;
        int first = 3 * rows.x0 + (rows.y0 + ys.start[y]) * rowBytes;
        if (ys.taps == 2) { // every enlargement: the same sums as below, in one pass
            int w0 = ys.weights[2 * y];
            int w1 = ys.weights[2 * y + 1];
            for (int i = 0; i < 3 * width; i++) {
                sums[i] = HALF + (in[first + i] & 0xFF) * w0 + (in[first + rowBytes + i] & 0xFF) * w1;
            }
            return;
        }
        Arrays.fill(sums, HALF);
        for (int t = 0; t < ys.taps; t++) {
            int w = ys.weights[y * ys.taps + t];
            int src = first + t * rowBytes;
            for (int i = 0; i < 3 * width; i++) {
                sums[i] += (in[src + i] & 0xFF) * w;
            }
        }
    }

    /** Resizes {@code rows} vertically to {@code out [height, width, 3]}. */
    private static void verticalPass(Rows rows, FixedPointTaps ys, int width, int height, byte[] out) {
        int[] sums = new int[3 * width];
        for (int y = 0; y < height; y++) {
            verticalSums(rows, ys, y, width, sums);
            int dst = 3 * y * width;
            for (int i = 0; i < sums.length; i++) {
                out[dst + i] = clip8(sums[i]);
            }
        }
    }

    /** Resizes {@code rows} vertically, mapped through {@code tables}, to {@code out [3, height, width]}. */
    private static void verticalPassMapped(Rows rows, FixedPointTaps ys, int width, int height, float[][] tables,
                                           float[] out, int offset) {
        int plane = width * height;
        int[] sums = new int[3 * width];
        float[] red = tables[0];
        float[] green = tables[1];
        float[] blue = tables[2];
        for (int y = 0; y < height; y++) {
            verticalSums(rows, ys, y, width, sums);
            int dst = offset + y * width;
            for (int x = 0, i = 0; x < width; x++, i += 3) { // one pass over the sums, three planes written
                out[dst + x] = red[level(sums[i])];
                out[dst + plane + x] = green[level(sums[i + 1])];
                out[dst + 2 * plane + x] = blue[level(sums[i + 2])];
            }
        }
    }

    /** The rows, of the output's size already, mapped through {@code tables} to {@code out [3, height, width]}. */
    private static void mapRows(Rows rows, int width, int height, float[][] tables, float[] out, int offset) {
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            int src = 3 * ((rows.y0 + y) * rows.width + rows.x0);
            for (int c = 0; c < 3; c++) {
                float[] table = tables[c];
                int dst = offset + c * plane + y * width;
                for (int x = 0; x < width; x++) {
                    out[dst + x] = table[rows.pixels[src + 3 * x + c] & 0xFF];
                }
            }
        }
    }

    /**
     * The float version for planar images: {@code box} of {@code image [3, imageHeight, imageWidth]} resized to
     * {@code out [3, height, width]} at {@code offset}.
     */
    public static void resizePlanar(float[] image, int imageWidth, int imageHeight, CropBox box, int width,
                                    int height, float[] out, int offset) {
        if (!box.fitsIn(imageWidth, imageHeight)) {
            throw new IllegalArgumentException(box + " does not fit in " + imageWidth + " x " + imageHeight);
        }
        ResampleAxis xs = ResampleAxis.bilinear(box.width(), width);
        ResampleAxis ys = ResampleAxis.bilinear(box.height(), height);
        float[] row = new float[width];
        for (int c = 0; c < 3; c++) {
            int plane = c * imageWidth * imageHeight;
            int outPlane = offset + c * width * height;
            float[] columns = new float[width * box.height()];
            for (int r = 0; r < box.height(); r++) {
                int src = plane + (box.top() + r) * imageWidth + box.left();
                resampleRow(image, src, xs, row);
                System.arraycopy(row, 0, columns, r * width, width);
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float s = 0;
                    for (int t = 0; t < ys.count()[y]; t++) {
                        s += columns[(ys.first()[y] + t) * width + x] * (float) ys.weights()[y * ys.taps() + t];
                    }
                    out[outPlane + y * width + x] = s;
                }
            }
        }
    }

    private static void resampleRow(float[] in, int start, ResampleAxis xs, float[] out) {
        for (int x = 0; x < out.length; x++) {
            float s = 0;
            int src = start + xs.first()[x];
            for (int t = 0; t < xs.count()[x]; t++) {
                s += in[src + t] * (float) xs.weights()[x * xs.taps() + t];
            }
            out[x] = s;
        }
    }

    private static byte clip8(int value) {
        return (byte) level(value);
    }

    /** A fixed-point sum rounded (the half was added first) and clamped to [0, 255], as Pillow's {@code clip8}. */
    private static int level(int value) {
        int v = value >> ResampleAxis.PRECISION_BITS;
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
