package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.walk.FrameTransitions;
import org.jaywalk.framework.spi.walk.MatrixChain;
import org.jaywalk.framework.spi.walk.Palindrome;
import org.jaywalk.framework.spi.walk.WalkTargets;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Palindrome cycles (videowalk's default): for i = 1..T-2, walk forward to frame i+1 and back,
 * {@code A12[0] ... A12[i] A21[i] ... A21[0]}, whose target is the start node. Right products
 * ({@code cyc_r<i>}) or, with {@code flip}, left products ({@code cyc_l<i>}). Exposes every one-step matrix,
 * {@code transition/<t>-<t+1>} and {@code transition/<t+1>-<t>}.
 */
public record PalindromeWalks(double temperature, double edgeDropout, boolean flip) implements WalkStrategy {

    /** @param embeddings {@code [B, C, T, N]} -> walks {@code [B, N, N]} */
    @Override
    public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
        Ops tf = context.tf();
        FrameTransitions steps = FrameTransitions.consecutive(context, embeddings, temperature, edgeDropout);
        List<Operand<TFloat32>> forward = steps.forward();
        List<Operand<TFloat32>> backward = steps.backward();
        long[] s = embeddings.shape().asArray();
        Operand<TInt32> targets = WalkTargets.identity(tf, (int) s[0], (int) s[3]); // [B*N]
        List<Walk> walks = new ArrayList<>();
        for (int i = 1; i < steps.steps(); i++) {
            List<Operand<TFloat32>> path = Palindrome.path(forward, backward, i + 1);
            walks.add(flip ? new Walk("cyc_l" + i, MatrixChain.leftProduct(tf, path), targets)
                    : new Walk("cyc_r" + i, MatrixChain.rightProduct(tf, path), targets));
        }
        return walks;
    }
}
