package org.jaywalk.plugins.visualize;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.walk.WalkCrossEntropy;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Each start node's share of the cycle loss: for every walk the loss scores, {@code -log(P[n, target(n)] + EPS)},
 * averaged over the walks. Its mean over nodes and clips is the {@code cycle-xent} loss (up to rounding).
 */
final class NodeCycleLoss {

    private NodeCycleLoss() {
    }

    /**
     * @param walks each {@code [B, N, N]} with {@code [B*N]} targets, at least one
     * @return {@code [B, N]}
     */
    static Operand<TFloat32> of(Ops tf, List<Walk> walks) {
        long[] s = walks.get(0).transitions().shape().asArray();
        List<Operand<TFloat32>> perWalk = new ArrayList<>();
        for (Walk walk : walks) {
            Operand<TFloat32> target = tf.reshape(tf.oneHot(walk.targets(), tf.constant((int) s[2]), tf.constant(1f),
                    tf.constant(0f)), tf.constant(s)); // [B, N, N]
            Operand<TFloat32> reached = tf.reduceSum(tf.math.mul(target, walk.transitions()), tf.constant(2)); // [B, N]
            perWalk.add(tf.math.neg(tf.math.log(tf.math.add(reached, tf.constant(WalkCrossEntropy.EPS)))));
        }
        return tf.math.div(tf.math.addN(perWalk), tf.constant((float) perWalk.size()));
    }
}
