package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tile layout of the local affinities, on frames small enough to check by hand. */
class TileGeometryTest {

    /** A 3x5 frame in 2x2 tiles, reach 1: 2x3 tiles, the last row and column of tiles half padding. */
    private final TileGeometry geometry = new TileGeometry(3, 5, 1, 2);

    @ParameterizedTest(name = "{0}x{1}, reach {2}, tile {3}")
    @CsvSource({
        "3, 5, 1, 2, 2, 3, 4, 6, 16",       // the last row and column of tiles half padding
        "24, 36, 0, 12, 2, 3, 24, 36, 144", // whole tiles: no padding
        "60, 107, 11, 12, 5, 9, 60, 108, 1156",
    })
    void sizesRoundTheFrameUpToWholeTiles(int height, int width, int reach, int tile, int tilesY, int tilesX,
                                          int paddedHeight, int paddedWidth, int window) {
        TileGeometry g = new TileGeometry(height, width, reach, tile);
        assertEquals(tilesY, g.tilesY());
        assertEquals(tilesX, g.tilesX());
        assertEquals(tilesY * tilesX, g.tiles());
        assertEquals(paddedHeight, g.paddedHeight());
        assertEquals(paddedWidth, g.paddedWidth());
        assertEquals(tile * tile, g.keysPerTile());
        assertEquals(tile + 2 * reach, g.side());
        assertEquals(window, g.window());
    }

    @Test
    void queryWindowsReachOneCellBeyondTheirTileOnEverySide() {
        // the padded query frame is (4 + 2) x (6 + 2) cells: window cell (0, 0) of tile (ty, tx) is padded
        // cell (2 ty, 2 tx)
        int[] cells = geometry.queryWindowCells();
        assertEquals(6 * 16, cells.length);
        assertArrayEquals(new int[] {0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27},
                Arrays.copyOfRange(cells, 0, 16), "tile (0, 0)");
        assertArrayEquals(new int[] {2, 3, 4, 5, 10, 11, 12, 13, 18, 19, 20, 21, 26, 27, 28, 29},
                Arrays.copyOfRange(cells, 16, 32), "tile (0, 1)");
        // the bottom-right tile's window ends at the last padded cell
        assertArrayEquals(new int[] {20, 21, 22, 23, 28, 29, 30, 31, 36, 37, 38, 39, 44, 45, 46, 47},
                Arrays.copyOfRange(cells, 80, 96), "tile (1, 2)");
    }

    @Test
    void productIndexPicksTheKeysTileTheQuerysWindowCellAndTheKeyWithinTheTile() {
        // query (0, 0) sits at window cell (1, 1) = 5 of tile 0; key (0, 0) is key 0 of that tile
        assertEquals(5 * 4, geometry.productIndex(0, 0, 0, 0));
        assertEquals(5 * 4 + 3, geometry.productIndex(0, 0, 1, 1));
        // query (1, 1) at window cell (2, 2) = 10 of tile 0: keys (0, 0) and (0, 1) are consecutive...
        assertEquals(10 * 4, geometry.productIndex(1, 1, 0, 0));
        assertEquals(10 * 4 + 1, geometry.productIndex(1, 1, 0, 1));
        // ...but key (0, 2) is in tile 1, where the query is window cell (2, 0) = 8
        assertEquals((16 + 8) * 4, geometry.productIndex(1, 1, 0, 2));
        // the bottom-right cell of the frame, with itself: tile 5, window cell (1, 1)
        assertEquals((5 * 16 + 5) * 4, geometry.productIndex(2, 4, 2, 4));
    }

    @Test
    void everyProductInReachPairsTheQuerysWindowCellWithTheKeysTileCell() {
        TileGeometry g = new TileGeometry(7, 10, 2, 3);
        int[] windowCells = g.queryWindowCells();
        int paddedRow = g.paddedWidth() + 2 * g.reach();
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                for (int ky = Math.max(0, y - 2); ky <= Math.min(g.height() - 1, y + 2); ky++) {
                    for (int kx = Math.max(0, x - 2); kx <= Math.min(g.width() - 1, x + 2); kx++) {
                        long index = g.productIndex(y, x, ky, kx);
                        int tile = (int) (index / ((long) g.window() * g.keysPerTile()));
                        int windowCell = (int) (index / g.keysPerTile() % g.window());
                        int keyInTile = (int) (index % g.keysPerTile());
                        String pair = "query (" + y + ", " + x + "), key (" + ky + ", " + kx + ")";
                        assertEquals((y + 2) * paddedRow + x + 2, windowCells[tile * g.window() + windowCell], pair);
                        assertEquals(ky, tile / g.tilesX() * 3 + keyInTile / 3, pair);
                        assertEquals(kx, tile % g.tilesX() * 3 + keyInTile % 3, pair);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "coordinate {0}")
    @CsvSource({"0, 0, 1", "1, 0, 1", "2, 1, 3", "5, 2, 5"})
    void tileOfAndLastOfTileBoundTheRunsOfConsecutiveKeys(int coordinate, int tile, int lastOfTile) {
        assertEquals(tile, geometry.tileOf(coordinate));
        assertEquals(lastOfTile, geometry.lastOfTile(tile));
    }

    @Test
    void rejectsAnEmptyFrameOrTile() {
        assertThrows(IllegalArgumentException.class, () -> new TileGeometry(0, 5, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new TileGeometry(3, 5, 1, 0));
    }
}
