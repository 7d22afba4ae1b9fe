package org.jaywalk.examples.skipwalk;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.walk.FrameTransitions;
import org.jaywalk.framework.spi.walk.MatrixChain;
import org.jaywalk.framework.spi.walk.WalkTargets;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Palindrome walks that skip frames: for every frame t with t + skip < T, walk from t to t + skip and back,
 * {@code softmax(A / tau) @ softmax(A^T / tau)} with {@code A = <q_t, q_(t+skip)>}; each walk should return to
 * its start node. With {@code learnTemperature}, tau is {@code exp(walk.log_temperature)}, a trainable scalar.
 * The affinities, transitions (exposed as {@code transition/<t>-<t+skip>} and back), targets and products come
 * from the SPI's walk blocks ({@code org.jaywalk.framework.spi.walk}).
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
        if (s[2] <= skip) {
            throw new IllegalArgumentException("walk.skip = " + skip + " needs clips of at least " + (skip + 1)
                    + " frames, got " + s[2] + " (dataset.clip-length)");
        }
        FrameTransitions jumps = new FrameTransitions(context, embeddings, skip, temperature(context), 0);
        Operand<TInt32> targets = WalkTargets.identity(tf, (int) s[0], (int) s[3]); // [B*N]
        List<Walk> walks = new ArrayList<>();
        for (int from = 0; from < jumps.steps(); from++) {
            Operand<TFloat32> thereAndBack = MatrixChain.then(tf, jumps.forward(from), jumps.backward(from)); // [B, N, N]
            walks.add(new Walk("skip" + skip + "_t" + from, thereAndBack, targets));
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
}
