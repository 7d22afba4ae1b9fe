package org.jaywalk.framework.spi.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatchGridTest {

    @Test
    void referenceGridIsSevenBySevenRowMajor() {
        PatchGrid grid = new PatchGrid(256, 256, 64, 32, RandomResizedCrop.NONE);
        assertEquals(49, grid.count());
        assertEquals(new CropBox(0, 0, 64, 64), grid.window(0));
        assertEquals(new CropBox(0, 32, 64, 64), grid.window(1));
        assertEquals(new CropBox(0, 192, 64, 64), grid.window(6));
        assertEquals(new CropBox(32, 0, 64, 64), grid.window(7));
        assertEquals(new CropBox(192, 192, 64, 64), grid.window(48));
    }

    @Test
    void windowsThatDoNotFitAreDropped() {
        // view_as_windows: (70 - 32) / 16 + 1 = 3 windows across, (50 - 32) / 16 + 1 = 2 down
        PatchGrid grid = new PatchGrid(70, 50, 32, 16, RandomResizedCrop.NONE);
        assertEquals(6, grid.count());
        assertEquals(3, grid.columns());
        assertEquals(new CropBox(16, 32, 32, 32), grid.window(5));
        assertEquals(1, PatchGrid.wholeFrame(50).count());
    }

    @Test
    void jitteredWindowsStayInsideTheirWindow() {
        PatchGrid grid = new PatchGrid(256, 256, 64, 32, new RandomResizedCrop(0.7, 0.9, 0.75, 4.0 / 3));
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 0; n < grid.count(); n++) {
            CropBox window = grid.window(n);
            CropBox box = grid.jitteredWindow(n, rng);
            assertTrue(box.left() >= window.left() && box.left() + box.width() <= window.left() + 64, box.toString());
            assertTrue(box.top() >= window.top() && box.top() + box.height() <= window.top() + 64, box.toString());
            double area = box.width() * box.height() / (64.0 * 64);
            assertTrue(area > 0.68 && area < 0.92, "area " + area);
        }
    }
}
