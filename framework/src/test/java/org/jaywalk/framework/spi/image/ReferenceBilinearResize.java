package org.jaywalk.framework.spi.image;

/**
 * The first, straightforward 8-bit implementation of {@link PillowBilinearResize#resize} (variable tap counts, a
 * new axis per call), kept as the oracle the optimized kernels must match bit for bit.
 */
final class ReferenceBilinearResize {

    private static final int HALF = 1 << (ResampleAxis.PRECISION_BITS - 1);

    private ReferenceBilinearResize() {
    }

    /** {@code box} of {@code image} resized to {@code width x height}. */
    static RgbImage resize(RgbImage image, CropBox box, int width, int height) {
        if (!box.fitsIn(image.width(), image.height())) {
            throw new IllegalArgumentException(box + " does not fit in " + image.width() + " x " + image.height());
        }
        boolean horizontal = width != box.width();
        boolean vertical = height != box.height();
        if (!horizontal && !vertical) {
            return copy(image, box);
        }
        // the source of the vertical pass: rows of either the horizontal pass's output or the crop itself
        byte[] rows = image.pixels();
        int rowsWidth = image.width();
        int x0 = box.left();
        int y0 = box.top();
        ResampleAxis ys = ResampleAxis.bilinear(box.height(), height);
        if (horizontal) {
            int firstRow = vertical ? ys.first()[0] : 0;
            int rowCount = vertical ? ys.span() : box.height();
            rows = horizontalPass(image, box, firstRow, rowCount, width);
            rowsWidth = width;
            x0 = 0;
            y0 = -firstRow;
        }
        if (!vertical) {
            return new RgbImage(width, height, rows);
        }
        return new RgbImage(width, height, verticalPass(rows, rowsWidth, x0, y0, ys, width, height));
    }

    /** {@code box} of {@code image}, unchanged. */
    static RgbImage copy(RgbImage image, CropBox box) {
        byte[] out = new byte[3 * box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(image.pixels(), 3 * ((box.top() + y) * image.width() + box.left()), out,
                    3 * y * box.width(), 3 * box.width());
        }
        return new RgbImage(box.width(), box.height(), out);
    }

    /** Rows {@code firstRow .. firstRow + rowCount - 1} of the crop, resized horizontally to {@code width}. */
    private static byte[] horizontalPass(RgbImage image, CropBox box, int firstRow, int rowCount, int width) {
        ResampleAxis xs = ResampleAxis.bilinear(box.width(), width);
        int[] k = xs.fixedPointWeights();
        int taps = xs.taps();
        byte[] in = image.pixels();
        byte[] out = new byte[3 * width * rowCount];
        for (int r = 0; r < rowCount; r++) {
            int rowStart = 3 * ((box.top() + firstRow + r) * image.width() + box.left());
            for (int x = 0; x < width; x++) {
                int s0 = HALF;
                int s1 = HALF;
                int s2 = HALF;
                int src = rowStart + 3 * xs.first()[x];
                for (int t = 0; t < xs.count()[x]; t++, src += 3) {
                    int w = k[x * taps + t];
                    s0 += (in[src] & 0xFF) * w;
                    s1 += (in[src + 1] & 0xFF) * w;
                    s2 += (in[src + 2] & 0xFF) * w;
                }
                int dst = 3 * (r * width + x);
                out[dst] = clip8(s0);
                out[dst + 1] = clip8(s1);
                out[dst + 2] = clip8(s2);
            }
        }
        return out;
    }

    /** Resizes vertically the rows of {@code in} (row width {@code inWidth}) starting at column {@code x0}. */
    private static byte[] verticalPass(byte[] in, int inWidth, int x0, int y0, ResampleAxis ys, int width,
                                       int height) {
        int[] k = ys.fixedPointWeights();
        int taps = ys.taps();
        int rowBytes = 3 * inWidth;
        byte[] out = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            int firstRow = 3 * (x0 + (y0 + ys.first()[y]) * inWidth);
            int count = ys.count()[y];
            for (int i = 0; i < 3 * width; i++) {
                int s = HALF;
                int src = firstRow + i;
                for (int t = 0; t < count; t++, src += rowBytes) {
                    s += (in[src] & 0xFF) * k[y * taps + t];
                }
                out[3 * y * width + i] = clip8(s);
            }
        }
        return out;
    }

    private static byte clip8(int value) {
        int v = value >> ResampleAxis.PRECISION_BITS;
        return (byte) (v < 0 ? 0 : Math.min(v, 255));
    }
}
