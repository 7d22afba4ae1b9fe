package org.jaywalk.plugins.davis;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gather;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TNumber;

/**
 * The top-k of each row searched by blocks of {@code length} consecutive keys: the best {@code k} keys of a
 * row lie in the {@code k} blocks with the largest maxima (ties: lower block first); those blocks, taken in
 * increasing order, keep the row's order of keys, so a top-k over them alone breaks ties towards the lower
 * key index as the whole-row top-k does. Two passes scan {@code cells / length + k * length} values instead
 * of {@code cells}.
 *
 * @param length a divisor of the row length
 */
record BlockSearch(int searched, int length) implements TopKeySearch {

    /**
     * The block length that minimizes the values the two passes scan ({@code cells / length + k * length}),
     * among the divisors of {@code cells} from 4 to 64 that leave at least {@code 2k} blocks; 0 if none of
     * them scans fewer than the {@code cells} of the whole row.
     */
    static int bestLength(int cells, int searched) {
        int best = 0;
        long bestWork = cells;
        for (int length = 4; length <= 64; length++) {
            if (cells % length == 0 && cells / length >= 2 * searched) {
                long work = cells / length + (long) searched * length;
                if (work < bestWork) {
                    best = length;
                    bestWork = work;
                }
            }
        }
        return best;
    }

    @Override
    public <T extends TNumber> Found<T> search(Ops tf, Operand<T> scores, int rows) {
        Operand<TInt32> k = tf.constant(searched);
        Operand<TInt32> blockLength = tf.constant(length);
        // [rows, cells] -> [rows, blocks, length]
        Operand<T> byBlock = tf.reshape(scores, tf.constant(new int[] {rows, -1, length}));
        Operand<T> maxima = tf.reduceMax(byBlock, tf.constant(2)); // [rows, blocks]
        Operand<TInt32> best = tf.nn.topK(maxima, k, new TopK.Options[0]).indices(); // [rows, k]
        // [rows, k]: the same blocks in increasing order (sorting the negated indices descending)
        Operand<TInt32> ascending = tf.math.neg(tf.nn.topK(tf.math.neg(best), k, new TopK.Options[0]).values());
        // [rows, k, length] -> [rows, k * length]
        Operand<T> candidates = tf.reshape(tf.gather(byBlock, ascending, tf.constant(1), Gather.batchDims(1L)),
                tf.constant(new int[] {rows, searched * length}));
        TopK<T, TInt32> top = tf.nn.topK(candidates, k, new TopK.Options[0]); // [rows, k]
        // [rows, k]: a position among the candidates back to its key cell in the row
        Operand<TInt32> block = tf.gather(ascending, tf.math.floorDiv(top.indices(), blockLength), tf.constant(1),
                Gather.batchDims(1L));
        Operand<TInt32> keys = tf.math.add(tf.math.mul(block, blockLength), tf.math.floorMod(top.indices(), blockLength));
        return new Found<>(top.values(), keys, top);
    }
}
