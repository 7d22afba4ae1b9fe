package org.jaywalk.plugins.visualize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The entropy (nats) of each row of a transition matrix: 0 when a walker steps to one node for sure, {@code ln N}
 * when it steps anywhere alike. A walk collapsing onto one node, or one that stays uniform, shows in its histogram.
 */
final class RowEntropy {

    /** Probabilities below this count as this in the log (0 log 0 = 0). */
    private static final float FLOOR = 1e-12f;

    private RowEntropy() {
    }

    /**
     * @param transitions {@code [B, N, N]}, rows summing to 1
     * @return {@code [B*N]}
     */
    static Operand<TFloat32> of(Ops tf, Operand<TFloat32> transitions) {
        Operand<TFloat32> logP = tf.math.log(tf.math.maximum(transitions, tf.constant(FLOOR)));
        return tf.reshape(tf.math.neg(tf.reduceSum(tf.math.mul(transitions, logP), tf.constant(2))),
                tf.constant(new int[] {-1}));
    }
}
