package org.jaywalk.framework.spi.walk;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Edge dropout as videowalk's {@code stoch_mat} does it ({@code --dropout}): before the softmax, each affinity
 * entry (an edge of the space-time graph) is dropped with probability {@code rate} by setting it to
 * {@link #DROPPED} = -1e20, in the reference {@code A[torch.rand_like(A) < rate] = -1e20}. It is not
 * {@code nn.Dropout}: kept entries are not rescaled. After the softmax a dropped edge has probability exactly 0
 * and the row's probability is renormalized over its kept edges; a row whose every edge is dropped becomes
 * uniform (all its entries are equally -1e20 / tau).
 *
 * <p>The reference's quirk: it assigns in place into {@code As[:, i]}, a view of the affinities that every
 * matrix of the step is computed from. So the forward matrix's drops stay written in the affinities: the
 * backward matrix (softmax of the transpose) sees the forward drops, transposed, plus drops of its own
 * drawn afterwards, and the Sinkhorn targets (computed with {@code do_dropout=False}) see the forward drops too.
 * {@link FrameTransitions} reproduces this; this class only drops.
 */
public final class EdgeDropout {

    /** The value a dropped affinity is set to, as in the reference. */
    public static final float DROPPED = -1e20f;

    private EdgeDropout() {
    }

    /**
     * Drops each entry of {@code affinities} with probability {@code rate} (one uniform draw per entry from a
     * fresh stateless seed). Only in training graphs and for {@code rate > 0}; otherwise returns
     * {@code affinities} itself and draws nothing.
     *
     * @param affinities any shape, e.g. {@code [B, N, N]} or {@code [B, T-1, N, N]}
     * @return the same shape, dropped entries {@link #DROPPED}
     */
    public static Operand<TFloat32> drop(GraphContext context, Operand<TFloat32> affinities, double rate) {
        if (!context.training() || rate <= 0) {
            return affinities;
        }
        Ops tf = context.tf();
        Operand<TFloat32> draws = context.uniform(tf.shape(affinities, TInt64.class)); // same shape, [0, 1)
        return tf.select(tf.math.less(draws, tf.constant((float) rate)),
                tf.fill(tf.shape(affinities), tf.constant(DROPPED)), affinities);
    }
}
