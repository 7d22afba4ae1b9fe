package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.walk.FrameTransitions;
import org.jaywalk.framework.spi.walk.MatrixChain;
import org.jaywalk.framework.spi.walk.Transitions;
import org.jaywalk.framework.spi.walk.WalkTargets;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * videowalk's experimental {@code --sk-targets} branch: forward walks {@code A12[0] ... A12[i]} trained
 * towards the argmax of a Sinkhorn-normalized chain of affinities. The reference reads an undefined
 * {@code A[:, 0]} here; this implements the intended {@code As[:, 0]}: the chain starts with the
 * Sinkhorn-normalized first affinity and each step left-multiplies the next one. Targets carry no gradient.
 * Exposes the forward one-step matrices {@code transition/<t>-<t+1>}.
 */
public record SinkhornTargetWalks(double temperature, double edgeDropout) implements WalkStrategy {

    /** @param embeddings {@code [B, C, T, N]} -> walks {@code sk_<i>}, {@code [B, N, N]} */
    @Override
    public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
        Ops tf = context.tf();
        FrameTransitions steps = FrameTransitions.consecutive(context, embeddings, temperature, edgeDropout);
        List<Walk> walks = new ArrayList<>();
        Operand<TFloat32> walk = steps.forward(0); // [B, N, N]
        Operand<TFloat32> chain = balanced(tf, steps, 0); // [B, N, N]
        for (int i = 1; i < steps.steps(); i++) {
            walk = MatrixChain.then(tf, walk, steps.forward(i));
            chain = MatrixChain.then(tf, balanced(tf, steps, i), chain);
            Operand<TFloat32> targetPlan = SinkhornKnopp.normalize(tf, chain, 0.001, 10);
            walks.add(new Walk("sk_" + i, walk, WalkTargets.mostLikely(tf, targetPlan)));
        }
        return walks;
    }

    /** Step {@code i}'s edge weights, Sinkhorn-normalized without gradient, {@code [B, N, N]}. */
    private static Operand<TFloat32> balanced(Ops tf, FrameTransitions steps, int i) {
        Operand<TFloat32> weights = Transitions.weights(tf, steps.affinity(i), steps.temperature());
        return SinkhornKnopp.normalize(tf, tf.stopGradient(weights), 0.01, 100);
    }
}
