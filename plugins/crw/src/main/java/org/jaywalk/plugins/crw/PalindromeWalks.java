package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Palindrome cycles (videowalk's default): for i = 1..T-2, walk forward to frame i and back,
 * {@code A12[0] ... A12[i] A21[i] ... A21[0]}, whose target is the start node. Right products
 * ({@code cyc_r<i>}) or, with {@code flip}, left products ({@code cyc_l<i>}).
 */
public record PalindromeWalks(double temperature, double edgeDropout, boolean flip) implements WalkStrategy {

    /** @param embeddings {@code [B, C, T, N]} -> walks {@code [B, N, N]} */
    @Override
    public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
        Ops tf = context.tf();
        Transitions tr = new Transitions(context, embeddings, temperature, edgeDropout);
        long[] s = embeddings.shape().asArray();
        List<Operand<TFloat32>> forward = new ArrayList<>();
        List<Operand<TFloat32>> backward = new ArrayList<>();
        for (int i = 0; i < tr.steps(); i++) {
            forward.add(tr.forward(i));
        }
        for (int i = 0; i < tr.steps(); i++) {
            backward.add(tr.backward(i));
        }
        var targets = Targets.identity(tf, (int) s[0], (int) s[3]);
        List<Walk> walks = new ArrayList<>();
        for (int i = 1; i < tr.steps(); i++) {
            List<Operand<TFloat32>> path = new ArrayList<>(forward.subList(0, i + 1));
            for (int k = i; k >= 0; k--) {
                path.add(backward.get(k));
            }
            Operand<TFloat32> right = path.get(0);
            Operand<TFloat32> left = path.get(0);
            for (Operand<TFloat32> step : path.subList(1, path.size())) {
                if (flip) {
                    left = Transitions.matmul(tf, step, left);
                } else {
                    right = Transitions.matmul(tf, right, step);
                }
            }
            walks.add(new Walk(flip ? "cyc_l" + i : "cyc_r" + i, flip ? left : right, targets));
        }
        return walks;
    }
}
