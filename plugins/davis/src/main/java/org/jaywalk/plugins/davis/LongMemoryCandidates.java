package org.jaywalk.plugins.davis;

import java.util.stream.IntStream;

/**
 * Offers a {@link CandidateTable} the candidates of the long-memory frame (frame 0), first of all the frames of
 * the context: while frame 0 also fills padded short-term slots, its stencil keys as context slots
 * {@code 0 .. paddingCopies} (stencil order, each key's slots together), then the rest of its top-k as slot 0
 * (best first).
 *
 * <p>Of frame 0's stencil keys only those among its top-k can matter: every other one scores below k keys of
 * frame 0, each of which is offered at least once. So those alone are offered, in stencil order, which keeps
 * the table as a scan of the whole stencil leaves it; except for the queries where a key beyond the top-k ties
 * with the k-th, which get the whole stencil.
 */
final class LongMemoryCandidates {

    private final int width;
    private final float radius;

    /** For frames {@code width} cells wide and a stencil of radius {@code radius}. */
    LongMemoryCandidates(int width, double radius) {
        this.width = width;
        this.radius = (float) radius;
    }

    /**
     * Offers frame 0's candidates.
     *
     * @param memory frame 0's scores, with its stencil affinities if {@code paddingCopies > 0}
     * @param paddingCopies how many short-term slots show frame 0 (it is slot 0 besides)
     */
    void offer(CandidateTable table, MemoryScores memory, int paddingCopies) {
        if (paddingCopies > 0) {
            boolean[] scanWholeStencil = memory.tiedBeyondTop();
            memory.stencil().offerTo(table, 0, paddingCopies + 1, scanWholeStencil);
            offerStencilKeysAmongTop(table, memory.top(), paddingCopies + 1, scanWholeStencil);
        }
        offerTopKeys(table, memory.top(), paddingCopies > 0);
    }

    /**
     * The stencil keys among frame 0's top-k as the first {@code copies} slots, in stencil order, for the
     * queries not {@code skip}ped.
     */
    private void offerStencilKeysAmongTop(CandidateTable table, TopKeys top, int copies, boolean[] skip) {
        int k = top.k();
        IntStream.range(0, top.queries()).parallel().forEach(q -> {
            if (skip[q]) {
                return;
            }
            int[] inside = new int[k];
            int count = 0;
            for (int i = 0; i < k; i++) {
                int cell = top.cells()[q * k + i];
                if (inStencil(q, cell)) {
                    // stencil order is increasing key cell: insert in order
                    int j = count++;
                    while (j > 0 && top.cells()[q * k + inside[j - 1]] > cell) {
                        inside[j] = inside[j - 1];
                        j--;
                    }
                    inside[j] = i;
                }
            }
            for (int j = 0; j < count; j++) {
                int i = inside[j];
                for (int c = 0; c < copies; c++) {
                    table.offer(q, top.values()[q * k + i], c, top.cells()[q * k + i]);
                }
            }
        });
    }

    /**
     * Frame 0's own top-k as slot 0, best first, without the stencil keys if {@code stencilOffered} (they were
     * offered as stencil candidates already).
     */
    void offerTopKeys(CandidateTable table, TopKeys top, boolean stencilOffered) {
        int k = top.k();
        IntStream.range(0, top.queries()).parallel().forEach(q -> {
            for (int i = 0; i < k; i++) {
                int cell = top.cells()[q * k + i];
                if (stencilOffered && inStencil(q, cell)) {
                    continue;
                }
                table.offer(q, top.values()[q * k + i], 0, cell);
            }
        });
    }

    /** Whether key {@code cell} is in the stencil of query cell {@code q}. */
    private boolean inStencil(int q, int cell) {
        return RadiusStencil.within(cell / width - q / width, cell % width - q % width, radius);
    }
}
