package org.jaywalk.plugins.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatchGridTest {

    @Test
    void referenceGridIsSevenBySevenRowMajor() {
        PatchGrid grid = new PatchGrid(256, 64, 32, RandomResizedCrop.NONE);
        assertEquals(49, grid.count());
        assertEquals(0, grid.originX(0));
        assertEquals(32, grid.originX(1));
        assertEquals(0, grid.originY(1));
        assertEquals(192, grid.originX(6));
        assertEquals(32, grid.originY(7));
        assertEquals(0, grid.originX(7));
        assertEquals(192, grid.originY(48));
    }

    @Test
    void windowsThatDoNotFitAreDropped() {
        // view_as_windows: (70 - 32) / 16 + 1 = 3 windows per side, the last 6 pixels unused
        assertEquals(9, new PatchGrid(70, 32, 16, RandomResizedCrop.NONE).count());
        assertEquals(1, PatchGrid.wholeFrame(50).count());
    }

    @Test
    void jitteredPatchesSampleOnlyTheirOwnWindow() {
        int size = 16;
        float[] frame = new float[3 * size * size];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (i % (size * size)) % size < 8 ? 0 : 1; // left half 0, right half 1
        }
        PatchGrid grid = new PatchGrid(size, 8, 8, new RandomResizedCrop(0.7, 0.9, 0.75, 4.0 / 3));
        assertEquals(4, grid.count());
        float[] out = new float[grid.count() * 3 * 64];
        grid.extract(frame, new SplittableRandom(1), out, 0);
        for (int n = 0; n < grid.count(); n++) {
            float expected = grid.originX(n) < 8 ? 0 : 1;
            for (int i = 0; i < 3 * 64; i++) {
                assertEquals(expected, out[n * 3 * 64 + i], 0, "patch " + n);
            }
        }
    }
}
