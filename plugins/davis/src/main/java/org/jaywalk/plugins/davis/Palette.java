package org.jaywalk.plugins.davis;

import java.awt.image.IndexColorModel;

/**
 * The DAVIS palette: the PASCAL VOC colour map (index 0 black, 1 dark red, 2 dark green, ...), which every
 * DAVIS annotation PNG carries and the official evaluation writes.
 */
public final class Palette {

    private static final byte[][] RGB = build();

    private Palette() {
    }

    /** The colour of {@code index} as {@code 0xRRGGBB}. */
    public static int rgb(int index) {
        return (RGB[0][index] & 0xFF) << 16 | (RGB[1][index] & 0xFF) << 8 | RGB[2][index] & 0xFF;
    }

    /** An 8-bit, 256-entry colour model of the palette, for writing indexed PNGs. */
    public static IndexColorModel colorModel() {
        return new IndexColorModel(8, 256, RGB[0], RGB[1], RGB[2]);
    }

    /** Bit {@code j} of index {@code i}'s red, green and blue come from bits 3j, 3j+1, 3j+2 of i, high bit first. */
    private static byte[][] build() {
        byte[][] rgb = new byte[3][256];
        for (int i = 0; i < 256; i++) {
            int c = i;
            int[] channel = new int[3];
            for (int j = 0; j < 8; j++) {
                for (int k = 0; k < 3; k++) {
                    channel[k] |= ((c >> k) & 1) << (7 - j);
                }
                c >>= 3;
            }
            for (int k = 0; k < 3; k++) {
                rgb[k][i] = (byte) channel[k];
            }
        }
        return rgb;
    }
}
