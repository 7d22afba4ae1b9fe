package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** vos.py's texturize: rows with an object cell at exactly 1 become at most 10 bands, in order. */
class TextureTest {

    @Test
    void objectRowsBecomeBandsAndPartialCellsStayBackground() {
        int h = 12;
        int w = 3;
        float[] data = new float[h * w * 2];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int cell = (y * w + x) * 2;
                boolean object = y >= 1 && x == 1;
                data[cell] = object ? 0 : 1;
                data[cell + 1] = object ? 1 : 0;
            }
        }
        data[(0 * w + 2) * 2 + 1] = 0.5f; // partly object: not a stripe row
        SoftLabels stripes = Texture.stripes(new SoftLabels(h, w, 2, data));
        assertEquals(11, stripes.labels(), "11 object rows: 10 bands plus the background");
        assertEquals(1f, stripes.data()[(0 * w + 2) * 11]);
        assertEquals(1f, stripes.data()[(1 * w + 1) * 11 + 1], "first object row: band 0");
        assertEquals(1f, stripes.data()[(11 * w + 1) * 11 + 10], "last object row: band 9");
        assertEquals(1f, stripes.data()[(2 * w + 1) * 11 + 1], "11 rows / 10 bands: rows 0 and 1 share band 0");
    }
}
