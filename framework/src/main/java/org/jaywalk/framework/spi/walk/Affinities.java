package org.jaywalk.framework.spi.walk;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;

/**
 * Affinities between the nodes of two frames: the dot products of their embeddings ({@code CRW.affinity}).
 * With L2-normalized embeddings they are cosine similarities in [-1, 1].
 */
public final class Affinities {

    private Affinities() {
    }

    /**
     * The affinities of every frame {@code i} to frame {@code i + stride}: {@code A[b, i, n, m] =
     * <q[b, :, i, n], q[b, :, i + stride, m]>}, node {@code n} of the earlier frame (row) against node {@code m}
     * of the later one (column). A stride of 1 gives videowalk's {@code As}, the affinities of consecutive frames.
     *
     * @param embeddings {@code [B, C, T, N]}
     * @param stride frames between the two frames of a pair, 1 to T-1
     * @return {@code [B, T - stride, N, N]}
     */
    public static Operand<TFloat32> between(Ops tf, Operand<TFloat32> embeddings, int stride) {
        long[] s = embeddings.shape().asArray();
        int b = (int) s[0], c = (int) s[1], t = (int) s[2], n = (int) s[3];
        if (stride < 1 || stride >= t) {
            throw new IllegalArgumentException("a stride of " + stride + " frames needs 1 <= stride < T, and the "
                    + "embeddings " + embeddings.shape() + " have T = " + t + " frames");
        }
        Operand<TFloat32> q = tf.linalg.transpose(embeddings, tf.constant(new int[] {0, 2, 3, 1})); // [B, T, N, C]
        int pairs = t - stride;
        Operand<TFloat32> from = tf.slice(q, tf.constant(new int[] {0, 0, 0, 0}),
                tf.constant(new int[] {b, pairs, n, c})); // [B, T - stride, N, C]
        Operand<TFloat32> to = tf.slice(q, tf.constant(new int[] {0, stride, 0, 0}),
                tf.constant(new int[] {b, pairs, n, c})); // [B, T - stride, N, C]
        return tf.train.batchMatMul(from, to, TFloat32.class, BatchMatMul.adjY(true)); // [B, T - stride, N, N]
    }

    /**
     * The affinities of walking a pair of frames backwards, from the later frame to the earlier one: the
     * transpose of each clip's matrix.
     *
     * @param affinity {@code [B, N, N]}, earlier frame's nodes in rows
     * @return {@code [B, N, N]}, later frame's nodes in rows
     */
    public static Operand<TFloat32> reversed(Ops tf, Operand<TFloat32> affinity) {
        return tf.linalg.transpose(affinity, tf.constant(new int[] {0, 2, 1}));
    }
}
