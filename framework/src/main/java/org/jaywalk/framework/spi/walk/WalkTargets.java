package org.jaywalk.framework.spi.walk;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Where walks should end: one target node per row of a walk, flattened over the batch, {@code [B*N]}. */
public final class WalkTargets {

    private WalkTargets() {
    }

    /**
     * Identity targets, for cycles: every walk should return to its start node, row {@code n} of each clip to
     * node {@code n} ({@code 0, 1, ..., N-1} repeated {@code B} times; videowalk's {@code xent_targets}).
     *
     * @return {@code [B*N]}
     */
    public static Operand<TInt32> identity(Ops tf, int batch, int nodes) {
        int[] targets = new int[batch * nodes];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i % nodes;
        }
        return tf.constant(targets);
    }

    /**
     * The most likely end node of each row, as fixed targets (no gradient flows through them).
     *
     * @param walk {@code [B, N, N]}
     * @return {@code [B*N]}
     */
    public static Operand<TInt32> mostLikely(Ops tf, Operand<TFloat32> walk) {
        return tf.stopGradient(tf.reshape(tf.math.argMax(walk, tf.constant(-1), TInt32.class),
                tf.constant(new int[] {-1})));
    }
}
