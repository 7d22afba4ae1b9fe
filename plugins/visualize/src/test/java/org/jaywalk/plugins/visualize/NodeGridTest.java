package org.jaywalk.plugins.visualize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** Node grids over frame panels and query nodes spread over them. */
class NodeGridTest {

    @Test
    void gridsAreAsSquareAsTheNodeCountAllows() {
        assertEquals(new NodeGrid(3, 3, 96, 96), NodeGrid.over(9, 96, 96));
        assertEquals(new NodeGrid(4, 8, 256, 128), NodeGrid.over(32, 256, 128), "a wide frame: more columns");
        assertEquals(new NodeGrid(1, 7, 70, 70), NodeGrid.over(7, 70, 70), "a prime count: one row");
        assertEquals(new Rectangle(32, 64, 32, 32), NodeGrid.over(9, 96, 96).cell(7), "row-major");
    }

    @Test
    void queriesSpreadOverTheNodes() {
        assertArrayEquals(new int[] {1, 3, 5, 7}, PathView.queryNodes(9, 4));
        assertArrayEquals(new int[] {0, 1}, PathView.queryNodes(2, 4), "no more queries than nodes");
    }
}
