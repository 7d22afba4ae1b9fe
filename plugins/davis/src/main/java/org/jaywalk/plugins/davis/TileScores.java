package org.jaywalk.plugins.davis;

import java.util.stream.IntStream;

/**
 * {@code [tiles, window, tile^2]} ({@link TileGeometry}): per tile of keys, the products of every query of the
 * tile's window (row-major, the queries within reach of the tile) with every key of the tile (row-major). A
 * query's stencil row crosses at most a few key tiles, each crossing one contiguous run of products; the runs
 * are visited in stencil order.
 */
final class TileScores extends LocalScores {

    private final RealArray products;
    private final TileGeometry tiles;
    private final RadiusStencil stencil;

    /** @param products the batched product of one query frame's windows with one key frame's tiles */
    TileScores(RealArray products, TileGeometry tiles, RadiusStencil stencil) {
        this.products = products;
        this.tiles = tiles;
        this.stencil = stencil;
    }

    @Override
    void offerTo(CandidateTable table, int[] slots) {
        int height = tiles.height();
        int width = tiles.width();
        int reach = stencil.reach();
        IntStream.range(0, height).parallel().forEach(y -> {
            for (int x = 0; x < width; x++) {
                int q = y * width + x;
                double floor = table.floor(q);
                for (int dy = -reach; dy <= reach; dy++) {
                    int ky = y + dy;
                    if (ky < 0 || ky >= height) {
                        continue;
                    }
                    int half = stencil.halfWidth(dy);
                    int to = Math.min(width - 1, x + half);
                    for (int kx = Math.max(0, x - half); kx <= to; ) {
                        // the keys of one row of one tile are consecutive products
                        int runEnd = Math.min(to, tiles.lastOfTile(tiles.tileOf(kx)));
                        long base = tiles.productIndex(y, x, ky, kx) - kx;
                        for (; kx <= runEnd; kx++) {
                            double value = products.get(base + kx);
                            if (value > floor) {
                                for (int slot : slots) {
                                    table.offer(q, value, slot, ky * width + kx);
                                }
                                floor = table.floor(q);
                            }
                        }
                    }
                }
            }
        });
    }
}
