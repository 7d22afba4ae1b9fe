package org.jaywalk.plugins.davis;

import java.util.stream.IntStream;

/**
 * {@code [h*w, S]}: the stencil affinities of each query in stencil order, as the long-memory graph reads
 * them out of its dense products (a key outside the frame holds an arbitrary value and is never offered).
 */
final class QueryMajorScores extends LocalScores {

    private final RealArray scores;
    private final int height;
    private final int width;
    private final RadiusStencil stencil;

    QueryMajorScores(RealArray scores, int height, int width, RadiusStencil stencil) {
        this.scores = scores;
        this.height = height;
        this.width = width;
        this.stencil = stencil;
    }

    @Override
    void offerTo(CandidateTable table, int[] slots) {
        offerTo(table, slots, null);
    }

    @Override
    void offerTo(CandidateTable table, int[] slots, boolean[] only) {
        int n = stencil.size();
        IntStream.range(0, height).parallel().forEach(y -> {
            for (int x = 0; x < width; x++) {
                int q = y * width + x;
                if (only != null && !only[q]) {
                    continue;
                }
                double floor = table.floor(q);
                for (int o = 0; o < n; o++) {
                    int key = stencil.keyCell(y, x, o, height, width);
                    if (key < 0) {
                        continue;
                    }
                    double value = scores.get(q * n + o);
                    if (!(value > floor)) {
                        continue;
                    }
                    for (int slot : slots) {
                        table.offer(q, value, slot, key);
                    }
                    floor = table.floor(q);
                }
            }
        });
    }
}
