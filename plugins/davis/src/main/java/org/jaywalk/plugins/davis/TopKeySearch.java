package org.jaywalk.plugins.davis;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TNumber;

/**
 * How the long-memory graph finds, in each row of a chunk of query-key affinities, the {@link #searched()}
 * best keys: best first, and of equal affinities the lower key index first (as a plain top-k over the row).
 * All searches give the same keys; they differ in the work they do.
 */
sealed interface TopKeySearch permits WholeRowSearch, BlockSearch {

    /**
     * The search {@link AffinityGraph} uses for rows of {@code cells} keys: by blocks where the row divides
     * into enough of them for that to save work, else over whole rows.
     */
    static TopKeySearch fastest(int cells, int searched) {
        int length = BlockSearch.bestLength(cells, searched);
        return length == 0 ? new WholeRowSearch(searched) : new BlockSearch(searched, length);
    }

    /** Keys found per row. */
    int searched();

    /** Adds the search of {@code scores} ({@code [rows, cells]}) to the graph. */
    <T extends TNumber> Found<T> search(Ops tf, Operand<T> scores, int rows);

    /**
     * The outputs of one search.
     *
     * @param values {@code [rows, searched]}: the best affinities of each row, best first
     * @param keys {@code [rows, searched]}: their key cells
     * @param done the op that completes when {@code scores} are no longer needed
     */
    record Found<T extends TNumber>(Operand<T> values, Operand<TInt32> keys, Op done) {
    }
}
