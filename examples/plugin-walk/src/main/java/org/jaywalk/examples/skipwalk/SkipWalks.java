package org.jaywalk.examples.skipwalk;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Palindrome walks that skip frames: for every frame t with t + skip < T, walk from t to t + skip and back,
 * {@code softmax(A / tau) @ softmax(A^T / tau)} with {@code A = <q_t, q_(t+skip)>}; each walk should return to
 * its start node. With {@code learnTemperature}, tau is {@code exp(walk.log_temperature)}, a trainable scalar.
 *
 * @param temperature tau, or its initial value when learned
 * @param skip frames jumped by each step
 * @param learnTemperature whether tau is a trainable parameter
 */
public record SkipWalks(double temperature, int skip, boolean learnTemperature) implements WalkStrategy {

    /** The parameter holding log(tau) when the temperature is learned. */
    public static final String LOG_TEMPERATURE = "walk.log_temperature";

    /** @param embeddings {@code [B, C, T, N]} -> one walk {@code [B, N, N]} per start frame */
    @Override
    public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
        Ops tf = context.tf();
        long[] s = embeddings.shape().asArray();
        int b = (int) s[0], t = (int) s[2], n = (int) s[3];
        if (t <= skip) {
            throw new IllegalArgumentException("walk.skip = " + skip + " needs clips of at least " + (skip + 1)
                    + " frames, got " + t + " (dataset.clip-length)");
        }
        Operand<TFloat32> tau = temperature(context);
        List<Output<TFloat32>> frames = tf.unstack(tf.linalg.transpose(embeddings, tf.constant(new int[] {2, 0, 3, 1})),
                (long) t, Unstack.axis(0L)).output(); // T x [B, N, C]
        Operand<TInt32> targets = startNodes(tf, b, n);
        List<Walk> walks = new ArrayList<>();
        for (int from = 0; from + skip < t; from++) {
            Operand<TFloat32> affinity = tf.train.batchMatMul(frames.get(from), frames.get(from + skip), TFloat32.class,
                    BatchMatMul.adjY(true)); // [B, N, N]
            Operand<TFloat32> there = tf.nn.softmax(tf.math.div(affinity, tau));
            Operand<TFloat32> back = tf.nn.softmax(tf.math.div(
                    tf.linalg.transpose(affinity, tf.constant(new int[] {0, 2, 1})), tau));
            walks.add(new Walk("skip" + skip + "_t" + from, tf.train.batchMatMul(there, back, TFloat32.class), targets));
        }
        return walks;
    }

    /** tau as a scalar: a constant, or exp of the trainable log-temperature. */
    private Operand<TFloat32> temperature(GraphContext context) {
        Ops tf = context.tf();
        if (!learnTemperature) {
            return tf.constant((float) temperature);
        }
        var logTau = context.parameters().trainable(LOG_TEMPERATURE, new long[] {1},
                Initializer.constant((float) Math.log(temperature)));
        return tf.math.exp(tf.reshape(logTau, tf.constant(new long[0])));
    }

    /** {@code [B*N]}: node i of every clip should walk back to node i. */
    private static Operand<TInt32> startNodes(Ops tf, int batch, int nodes) {
        int[] targets = new int[batch * nodes];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i % nodes;
        }
        return tf.constant(targets);
    }
}
