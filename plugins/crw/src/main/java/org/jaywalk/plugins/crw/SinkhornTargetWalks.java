package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * videowalk's experimental {@code --sk-targets} branch: forward walks {@code A12[0] ... A12[i]} trained
 * towards the argmax of a Sinkhorn-normalized chain of affinities. The reference reads an undefined
 * {@code A[:, 0]} here; this implements the intended {@code As[:, 0]}: the chain starts with the
 * Sinkhorn-normalized first affinity and each step left-multiplies the next one. Targets carry no gradient.
 */
public record SinkhornTargetWalks(double temperature, double edgeDropout) implements WalkStrategy {

    /** @param embeddings {@code [B, C, T, N]} -> walks {@code sk_<i>}, {@code [B, N, N]} */
    @Override
    public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
        Ops tf = context.tf();
        Transitions tr = new Transitions(context, embeddings, temperature, edgeDropout);
        List<Walk> walks = new ArrayList<>();
        Operand<TFloat32> walk = tr.forward(0);
        Operand<TFloat32> chain = sinkhorn(tf, tr, 0);
        for (int i = 1; i < tr.steps(); i++) {
            walk = Transitions.matmul(tf, walk, tr.forward(i));
            chain = Transitions.matmul(tf, sinkhorn(tf, tr, i), chain);
            Operand<TFloat32> balanced = SinkhornKnopp.normalize(tf, chain, 0.001, 10);
            Operand<TInt32> targets = tf.stopGradient(tf.reshape(
                    tf.math.argMax(balanced, tf.constant(-1), TInt32.class), tf.constant(new int[] {-1})));
            walks.add(new Walk("sk_" + i, walk, targets));
        }
        return walks;
    }

    private static Operand<TFloat32> sinkhorn(Ops tf, Transitions tr, int i) {
        return SinkhornKnopp.normalize(tf, tf.stopGradient(tr.exponentiated(i)), 0.01, 100);
    }
}
