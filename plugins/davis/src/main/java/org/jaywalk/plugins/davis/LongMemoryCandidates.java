package org.jaywalk.plugins.davis;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Offers a {@link CandidateTable} the candidates of a long-memory frame (frame 0, or a later frame with
 * {@code long-mem}), before the frames that are short-term keys only: while the frame also fills short-term
 * slots (frame 0's padding copies), its stencil keys in all of its slots (stencil order, each key's slots
 * together, long-memory slots first), then the rest of its top-k in its long-memory slots (best first).
 *
 * <p>Of the frame's stencil keys only those among its top-k can matter: every other one scores below k keys of
 * the frame, each of which is offered at least once. So those alone are offered, in stencil order, which keeps
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
     * Offers one long-memory frame's candidates.
     *
     * @param memory the frame's scores, with its stencil affinities if {@code shortSlots} is not empty
     * @param longSlots the long-memory slots that show the frame (at least one)
     * @param shortSlots the short-term slots that show it (frame 0's padding copies), maybe none
     */
    void offer(CandidateTable table, MemoryScores memory, int[] longSlots, int[] shortSlots) {
        boolean withStencil = shortSlots.length > 0;
        if (withStencil) {
            int[] all = IntStream.concat(Arrays.stream(longSlots), Arrays.stream(shortSlots)).toArray();
            boolean[] scanWholeStencil = memory.tiedBeyondTop();
            memory.stencil().offerTo(table, all, scanWholeStencil);
            offerStencilKeysAmongTop(table, memory.top(), all, scanWholeStencil);
        }
        offerTopKeys(table, memory.top(), longSlots, withStencil);
    }

    /**
     * The stencil keys among the frame's top-k in each of {@code slots}, in stencil order, for the queries not
     * {@code skip}ped.
     */
    private void offerStencilKeysAmongTop(CandidateTable table, TopKeys top, int[] slots, boolean[] skip) {
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
                for (int slot : slots) {
                    table.offer(q, top.values()[q * k + i], slot, top.cells()[q * k + i]);
                }
            }
        });
    }

    /**
     * The frame's own top-k in each of its long-memory slots, best first, without the stencil keys if
     * {@code stencilOffered} (they were offered as stencil candidates already).
     */
    void offerTopKeys(CandidateTable table, TopKeys top, int[] longSlots, boolean stencilOffered) {
        int k = top.k();
        IntStream.range(0, top.queries()).parallel().forEach(q -> {
            for (int i = 0; i < k; i++) {
                int cell = top.cells()[q * k + i];
                if (stencilOffered && inStencil(q, cell)) {
                    continue;
                }
                for (int slot : longSlots) {
                    table.offer(q, top.values()[q * k + i], slot, cell);
                }
            }
        });
    }

    /** Whether key {@code cell} is in the stencil of query cell {@code q}. */
    private boolean inStencil(int q, int cell) {
        return RadiusStencil.within(cell / width - q / width, cell % width - q % width, radius);
    }
}
