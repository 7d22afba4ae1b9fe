package org.jaywalk.plugins.crw;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.ReduceSum;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;

/**
 * Sinkhorn-Knopp normalization as videowalk's {@code utils.sinkhorn_knopp}, unrolled into the graph: each
 * matrix is first scaled to sum 1, then columns and rows are L1-normalized in turn while the unbiased
 * standard deviation of ALL column sums of the batch exceeds {@code tolerance}, at most {@code maxIterations}
 * times and at least once. One iteration count is shared by the whole batch, as in the reference.
 */
final class SinkhornKnopp {

    private static final float NORMALIZE_EPS = 1e-12f;

    private SinkhornKnopp() {
    }

    /** @param a {@code [B, N, N]} non-negative -> {@code [B, N, N]} (approximately doubly stochastic) */
    static Operand<TFloat32> normalize(Ops tf, Operand<TFloat32> a, double tolerance, int maxIterations) {
        Operand<TFloat32> current = tf.math.div(a, tf.reduceSum(a, tf.constant(new int[] {1, 2}), ReduceSum.keepDims(true)));
        Operand<TFloat32> tol = tf.constant((float) tolerance);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Operand<TFloat32> columns = l1(tf, current, 1);
            Operand<TFloat32> next = l1(tf, columns, 2);
            if (iteration == 0) {
                current = next;
            } else {
                Operand<TBool> go = tf.math.greater(columnSumStd(tf, current), tol);
                current = tf.select(go, next, current);
            }
        }
        return current;
    }

    private static Operand<TFloat32> l1(Ops tf, Operand<TFloat32> x, int axis) {
        Operand<TFloat32> sum = tf.reduceSum(tf.math.abs(x), tf.constant(axis), ReduceSum.keepDims(true));
        return tf.math.div(x, tf.math.maximum(sum, tf.constant(NORMALIZE_EPS)));
    }

    /** torch's {@code A.sum(-2).std()}: unbiased standard deviation over every column sum of the batch. */
    private static Operand<TFloat32> columnSumStd(Ops tf, Operand<TFloat32> x) {
        Operand<TFloat32> sums = tf.reduceSum(x, tf.constant(1)); // [B, N]
        long count = sums.shape().size();
        Operand<TFloat32> mean = tf.math.mean(sums, tf.constant(new int[] {0, 1}));
        Operand<TFloat32> squares = tf.reduceSum(tf.math.square(tf.math.sub(sums, mean)), tf.constant(new int[] {0, 1}));
        return tf.math.sqrt(tf.math.div(squares, tf.constant((float) (count - 1))));
    }
}
