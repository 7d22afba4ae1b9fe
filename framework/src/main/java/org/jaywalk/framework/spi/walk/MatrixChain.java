package org.jaywalk.framework.spi.walk;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Products of transition matrices along a path. Taking the steps {@code P_1, ..., P_k} one after another is the
 * product {@code P_1 @ P_2 @ ... @ P_k}: row {@code n} is where a walker starting at node {@code n} ends up,
 * a probability distribution again.
 */
public final class MatrixChain {

    private MatrixChain() {
    }

    /**
     * One step after another, {@code a @ b} per clip.
     *
     * @param a {@code [B, N, N]}
     * @param b {@code [B, N, N]}
     * @return {@code [B, N, N]}
     */
    public static Operand<TFloat32> then(Ops tf, Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.train.batchMatMul(a, b, TFloat32.class);
    }

    /**
     * The walk along {@code steps}: {@code ((P_1 @ P_2) @ P_3) ...}, multiplied from the left end (videowalk's
     * {@code aar}).
     *
     * @param steps each {@code [B, N, N]}, at least one
     * @return {@code [B, N, N]}
     */
    public static Operand<TFloat32> rightProduct(Ops tf, List<Operand<TFloat32>> steps) {
        Operand<TFloat32> product = steps.get(0);
        for (Operand<TFloat32> step : steps.subList(1, steps.size())) {
            product = then(tf, product, step);
        }
        return product;
    }

    /**
     * The steps multiplied in reverse order, {@code P_k @ (... @ (P_2 @ P_1))} (videowalk's {@code aal}, used with
     * {@code --flip}): the walk that takes the steps from the last to the first, row-stochastic as well.
     *
     * @param steps each {@code [B, N, N]}, at least one
     * @return {@code [B, N, N]}
     */
    public static Operand<TFloat32> leftProduct(Ops tf, List<Operand<TFloat32>> steps) {
        Operand<TFloat32> product = steps.get(0);
        for (Operand<TFloat32> step : steps.subList(1, steps.size())) {
            product = then(tf, step, product);
        }
        return product;
    }
}
