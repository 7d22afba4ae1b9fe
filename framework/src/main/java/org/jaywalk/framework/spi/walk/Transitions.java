package org.jaywalk.framework.spi.walk;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Transition matrices from affinities ({@code CRW.stoch_mat}): each row is a probability distribution over the
 * nodes a walker at that row's node steps to, {@code P[b, n, m] = exp(A[b, n, m] / tau) / sum_k exp(A[b, n, k] /
 * tau)}. A small temperature tau (videowalk's default is 0.07) makes the walker follow the most similar node
 * almost surely; a large one makes it wander.
 */
public final class Transitions {

    private Transitions() {
    }

    /**
     * The row softmax of {@code affinity / temperature}.
     *
     * @param affinity {@code [B, N, N]}
     * @param temperature a scalar tau &gt; 0 (a constant, or a trainable parameter)
     * @return {@code [B, N, N]}, rows summing to 1
     */
    public static Operand<TFloat32> softmax(Ops tf, Operand<TFloat32> affinity, Operand<TFloat32> temperature) {
        return tf.nn.softmax(tf.math.div(affinity, temperature));
    }

    /**
     * The unnormalized edge weights {@code exp(affinity / temperature)}: what the softmax normalizes by rows,
     * and what Sinkhorn normalization balances by rows and columns instead.
     *
     * @param affinity {@code [B, N, N]}
     * @param temperature a scalar tau &gt; 0
     * @return {@code [B, N, N]}, positive
     */
    public static Operand<TFloat32> weights(Ops tf, Operand<TFloat32> affinity, Operand<TFloat32> temperature) {
        return tf.math.exp(tf.math.div(affinity, temperature));
    }
}
