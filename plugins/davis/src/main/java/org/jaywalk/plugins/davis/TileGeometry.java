package org.jaywalk.plugins.davis;

/**
 * The index arithmetic of the tiled local affinities, no TensorFlow involved. The key frame ({@code h x w}
 * cells) is zero-padded at the bottom and right to whole {@code tile x tile} tiles, numbered row-major. Each
 * tile is paired with its query window: the {@code side x side} cells, {@code side = tile + 2 * reach}, of the
 * query frame that a stencil of that reach can bring to one of the tile's keys, taken from the query frame
 * zero-padded by {@code reach} on every side (and to whole tiles). One batched product of windows and tiles
 * gives the affinities {@code [tiles, window, tile^2]}, window cells and tile keys both row-major.
 *
 * @param reach the largest |dy| or |dx| a query reaches ({@link RadiusStencil#reach()})
 * @param tile the side of a tile of keys
 */
record TileGeometry(int height, int width, int reach, int tile) {

    /** The tile side of {@link AffinityGraph}. */
    static final int TILE = 12;

    TileGeometry {
        if (height < 1 || width < 1 || reach < 0 || tile < 1) {
            throw new IllegalArgumentException("no tiles for a " + height + "x" + width + " frame, reach " + reach
                    + ", tile " + tile);
        }
    }

    /** Tile rows. */
    int tilesY() {
        return ceilDiv(height, tile);
    }

    /** Tile columns. */
    int tilesX() {
        return ceilDiv(width, tile);
    }

    int tiles() {
        return tilesY() * tilesX();
    }

    /** Keys per tile, {@code tile^2}. */
    int keysPerTile() {
        return tile * tile;
    }

    /** The frame's height padded to whole tiles. */
    int paddedHeight() {
        return tilesY() * tile;
    }

    /** The frame's width padded to whole tiles. */
    int paddedWidth() {
        return tilesX() * tile;
    }

    /** The side of a query window, {@code tile + 2 * reach}. */
    int side() {
        return tile + 2 * reach;
    }

    /** Queries per window, {@code side^2}. */
    int window() {
        return side() * side();
    }

    /**
     * For each tile and each cell of its query window, both row-major ({@code [tiles, window]} flattened), the
     * index of that cell in the query frame padded by {@code reach} on every side and to whole tiles, flattened
     * row-major ({@code paddedWidth() + 2 * reach} cells a row). Window cell {@code (0, 0)} of tile
     * {@code (ty, tx)} is the padded cell {@code (ty * tile, tx * tile)}, i.e. frame cell
     * {@code (ty * tile - reach, tx * tile - reach)}.
     */
    int[] queryWindowCells() {
        int side = side();
        int window = window();
        int rowLength = paddedWidth() + 2 * reach;
        int tilesY = tilesY();
        int tilesX = tilesX();
        int[] cells = new int[tiles() * window];
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                int base = (ty * tilesX + tx) * window;
                for (int s = 0; s < window; s++) {
                    cells[base + s] = (ty * tile + s / side) * rowLength + tx * tile + s % side;
                }
            }
        }
        return cells;
    }

    /** The tile row (or column) holding frame row (or column) {@code coordinate}. */
    int tileOf(int coordinate) {
        return coordinate / tile;
    }

    /** The last frame row (or column) of tile row (or column) {@code t}, padding included. */
    int lastOfTile(int t) {
        return t * tile + tile - 1;
    }

    /**
     * The flat index, in the products {@code [tiles, window, tile^2]}, of query {@code (y, x)} with key
     * {@code (ky, kx)}; the key must be within {@code reach} of the query. For a fixed query and key row, the
     * keys of one tile are consecutive: the index grows by one with {@code kx} up to {@link #lastOfTile}.
     */
    long productIndex(int y, int x, int ky, int kx) {
        int kyTile = tileOf(ky);
        int kxTile = tileOf(kx);
        int windowCell = (y - kyTile * tile + reach) * side() + x - kxTile * tile + reach;
        int keyInTile = (ky - kyTile * tile) * tile + kx - kxTile * tile;
        return ((long) (kyTile * tilesX() + kxTile) * window() + windowCell) * keysPerTile() + keyInTile;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
