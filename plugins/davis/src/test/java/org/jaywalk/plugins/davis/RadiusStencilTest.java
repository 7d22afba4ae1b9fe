package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The stencil's offsets, rows and frame borders, on radii small enough to count by hand. */
class RadiusStencilTest {

    @Test
    void radiusTwoKeepsTheWholeThreeByThreeSquare() {
        RadiusStencil stencil = new RadiusStencil(2); // the corners are sqrt(2) < 2 away
        assertEquals(1, stencil.reach());
        assertEquals(9, stencil.size());
        assertEquals(-1, stencil.dy(0));
        assertEquals(-1, stencil.dx(0));
        assertEquals(1, stencil.dx(8));
        for (int dy = -1; dy <= 1; dy++) {
            assertEquals(1, stencil.halfWidth(dy));
        }
    }

    @Test
    void rowsNarrowAwayFromTheCentre() {
        RadiusStencil stencil = new RadiusStencil(2.5); // |dy| = 2 leaves dx^2 < 2.25
        assertEquals(2, stencil.reach());
        assertEquals(3 + 5 + 5 + 5 + 3, stencil.size());
        assertEquals(1, stencil.halfWidth(-2));
        assertEquals(2, stencil.halfWidth(-1));
        assertEquals(2, stencil.halfWidth(0));
        assertEquals(1, stencil.halfWidth(2));
    }

    @Test
    void radiusOneIsTheQueryAlone() {
        RadiusStencil stencil = new RadiusStencil(1);
        assertEquals(0, stencil.reach());
        assertEquals(1, stencil.size());
        assertEquals(0, stencil.halfWidth(0));
    }

    @Test
    void keysBeyondTheFrameHaveNoCell() {
        RadiusStencil stencil = new RadiusStencil(2);
        // a 3x5 frame: offset 0 is (-1, -1), 4 is (0, 0), 8 is (1, 1)
        assertEquals(-1, stencil.keyCell(0, 0, 0, 3, 5));
        assertEquals(0, stencil.keyCell(0, 0, 4, 3, 5));
        assertEquals(6, stencil.keyCell(0, 0, 8, 3, 5));
        assertEquals(8, stencil.keyCell(2, 4, 0, 3, 5));
        assertEquals(-1, stencil.keyCell(2, 4, 8, 3, 5));
        assertEquals(-1, stencil.keyCell(1, 4, 5, 3, 5)); // (0, +1) off the right edge
    }
}
