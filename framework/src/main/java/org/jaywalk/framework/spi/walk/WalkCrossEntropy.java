package org.jaywalk.framework.spi.walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * videowalk's cycle loss: the cross-entropy of each walk's end-node distribution against its targets. The rows
 * {@code log(P + 1e-20)} are taken as logits, so a log-softmax is applied to them as {@code nn.CrossEntropyLoss}
 * does; for rows summing to 1 that changes nothing but rounding, and the cross-entropy of row {@code n} is
 * {@code -log P[n, target(n)]}. Accuracy is the fraction of rows whose most likely end node is the target.
 */
public final class WalkCrossEntropy {

    /** Added to probabilities before the log, as the reference's {@code EPS}. */
    public static final float EPS = 1e-20f;

    private WalkCrossEntropy() {
    }

    /**
     * One walk's scores.
     *
     * @param crossEntropy the mean cross-entropy over the {@code B*N} rows, a scalar
     * @param accuracy the fraction of rows whose argmax is the target, a scalar
     */
    public record Score(Operand<TFloat32> crossEntropy, Operand<TFloat32> accuracy) {
    }

    /**
     * The cross-entropy and accuracy of one walk.
     *
     * @param walk transitions {@code [B, N, N]}, targets {@code [B*N]}
     */
    public static Score score(Ops tf, Walk walk) {
        long n = walk.transitions().shape().asArray()[2];
        Operand<TFloat32> logits = tf.reshape(tf.math.log(tf.math.add(walk.transitions(), tf.constant(EPS))),
                tf.constant(new long[] {-1, n})); // [B*N, N]
        Operand<TFloat32> onehot = tf.oneHot(walk.targets(), tf.constant((int) n), tf.constant(1f),
                tf.constant(0f)); // [B*N, N]
        Operand<TFloat32> picked = tf.reduceSum(tf.math.mul(onehot, tf.nn.logSoftmax(logits)), tf.constant(1)); // [B*N]
        Operand<TFloat32> crossEntropy = tf.math.neg(tf.math.mean(picked, tf.constant(0)));
        Operand<TInt32> predicted = tf.math.argMax(logits, tf.constant(1), TInt32.class); // [B*N]
        Operand<TFloat32> accuracy = tf.math.mean(tf.dtypes.cast(tf.math.equal(predicted, walk.targets()),
                TFloat32.class), tf.constant(0));
        return new Score(crossEntropy, accuracy);
    }

    /**
     * The loss of several walks, the mean of their cross-entropies, with diagnostics {@code xent_<walk>} and
     * {@code acc_<walk>} for each.
     *
     * @param walks each {@code [B, N, N]} with {@code [B*N]} targets, at least one
     */
    public static LossOutput meanOver(Ops tf, List<Walk> walks) {
        if (walks.isEmpty()) {
            throw new IllegalArgumentException("the cycle cross-entropy needs at least one walk");
        }
        Map<String, Operand<TFloat32>> diagnostics = new LinkedHashMap<>();
        List<Operand<TFloat32>> losses = new ArrayList<>();
        for (Walk walk : walks) {
            Score score = score(tf, walk);
            diagnostics.put("xent_" + walk.name(), score.crossEntropy());
            diagnostics.put("acc_" + walk.name(), score.accuracy());
            losses.add(score.crossEntropy());
        }
        Operand<TFloat32> loss = tf.math.div(tf.math.addN(losses), tf.constant((float) losses.size())); // scalar
        return new LossOutput(loss, diagnostics);
    }
}
