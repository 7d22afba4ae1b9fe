package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Affinities between consecutive frames and the stochastic matrices of walking them, as
 * {@code CRW.affinity} / {@code CRW.stoch_mat} compute them.
 *
 * <p>Edge dropout sets affinity entries to -1e20 before the softmax. As in the reference, the forward
 * matrices' dropout is written into the shared affinities (videowalk assigns into a view of {@code As}),
 * so backward matrices see the forward drops plus their own.
 */
final class Transitions {

    static final float DROPPED = -1e20f;

    private final GraphContext context;
    private final double temperature;
    private final double edgeDropout;
    private final List<Operand<TFloat32>> affinities = new ArrayList<>();

    /**
     * @param embeddings {@code [B, C, T, N]}
     */
    Transitions(GraphContext context, Operand<TFloat32> embeddings, double temperature, double edgeDropout) {
        this.context = context;
        this.temperature = temperature;
        this.edgeDropout = edgeDropout;
        Ops tf = context.tf();
        long[] s = embeddings.shape().asArray();
        int b = (int) s[0], c = (int) s[1], t = (int) s[2], n = (int) s[3];
        Operand<TFloat32> q = tf.linalg.transpose(embeddings, tf.constant(new int[] {0, 2, 3, 1})); // [B, T, N, C]
        Operand<TFloat32> from = tf.slice(q, tf.constant(new int[] {0, 0, 0, 0}), tf.constant(new int[] {b, t - 1, n, c}));
        Operand<TFloat32> to = tf.slice(q, tf.constant(new int[] {0, 1, 0, 0}), tf.constant(new int[] {b, t - 1, n, c}));
        // [B, T-1, N, N]: A[b, i, n, m] = <q[b, :, i, n], q[b, :, i+1, m]>
        Operand<TFloat32> all = tf.train.batchMatMul(from, to, TFloat32.class,
                org.tensorflow.op.train.BatchMatMul.adjY(true));
        if (dropping()) {
            all = Dropout.fill(context, all, edgeDropout, DROPPED);
        }
        affinities.addAll(tf.unstack(all, (long) t - 1, org.tensorflow.op.core.Unstack.axis(1L)).output());
    }

    private boolean dropping() {
        return context.training() && edgeDropout > 0;
    }

    /** Number of frame-to-frame steps, T-1. */
    int steps() {
        return affinities.size();
    }

    /** Affinities of step i after edge dropout, {@code [B, N, N]}. */
    Operand<TFloat32> affinity(int i) {
        return affinities.get(i);
    }

    /** Walk probabilities from frame i to frame i+1, {@code [B, N, N]}. */
    Operand<TFloat32> forward(int i) {
        return softmax(affinity(i));
    }

    /** Walk probabilities from frame i+1 back to frame i, {@code [B, N, N]}, with their own edge dropout. */
    Operand<TFloat32> backward(int i) {
        Ops tf = context.tf();
        Operand<TFloat32> transposed = tf.linalg.transpose(affinity(i), tf.constant(new int[] {0, 2, 1}));
        return softmax(dropping() ? Dropout.fill(context, transposed, edgeDropout, DROPPED) : transposed);
    }

    /** {@code exp(A / temperature)}, the input of Sinkhorn normalization. */
    Operand<TFloat32> exponentiated(int i) {
        Ops tf = context.tf();
        return tf.math.exp(tf.math.div(affinity(i), tf.constant((float) temperature)));
    }

    private Operand<TFloat32> softmax(Operand<TFloat32> a) {
        Ops tf = context.tf();
        return tf.nn.softmax(tf.math.div(a, tf.constant((float) temperature)));
    }

    /** Batched matrix product {@code [B, N, N] @ [B, N, N]}. */
    static Operand<TFloat32> matmul(Ops tf, Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.train.batchMatMul(a, b, TFloat32.class);
    }
}
