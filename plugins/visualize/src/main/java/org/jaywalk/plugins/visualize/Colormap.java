package org.jaywalk.plugins.visualize;

/**
 * Values in [0, 1] to colours along matplotlib's viridis (dark blue, green, yellow), linearly between nine of its
 * colours; values outside are clamped.
 */
final class Colormap {

    private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
            0xaddc30, 0xfde725};

    private Colormap() {
    }

    /** The colour of {@code v} as {@code 0xRRGGBB}. */
    static int viridis(double v) {
        double x = Math.max(0, Math.min(1, Double.isNaN(v) ? 0 : v)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = VIRIDIS[i] >> shift & 0xFF;
            int b = VIRIDIS[i + 1] >> shift & 0xFF;
            rgb |= (int) Math.round(a + f * (b - a)) << shift;
        }
        return rgb;
    }
}
