package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * videowalk's loss: for each walk, the mean cross-entropy of {@code log(A + 1e-20)} rows (taken as logits,
 * so log-softmax is applied to them as {@code nn.CrossEntropyLoss} does) against the targets; the loss is
 * the mean over walks. Diagnostics {@code xent_<walk>} and {@code acc_<walk>} (argmax accuracy).
 */
public final class CycleCrossEntropy implements Loss {

    private static final float EPS = 1e-20f;

    @Override
    public LossOutput compute(GraphContext context, List<Walk> walks) {
        if (walks.isEmpty()) {
            throw new IllegalArgumentException("cycle-xent needs at least one walk; clips of T >= 3 frames give one");
        }
        Ops tf = context.tf();
        Map<String, Operand<TFloat32>> diagnostics = new LinkedHashMap<>();
        List<Operand<TFloat32>> losses = new ArrayList<>();
        for (Walk w : walks) {
            long n = w.transitions().shape().asArray()[2];
            Operand<TFloat32> logits = tf.reshape(tf.math.log(tf.math.add(w.transitions(), tf.constant(EPS))),
                    tf.constant(new long[] {-1, n})); // [B*N, N]
            Operand<TFloat32> onehot = tf.oneHot(w.targets(), tf.constant((int) n), tf.constant(1f), tf.constant(0f));
            Operand<TFloat32> picked = tf.reduceSum(tf.math.mul(onehot, tf.nn.logSoftmax(logits)), tf.constant(1));
            Operand<TFloat32> xent = tf.math.neg(tf.math.mean(picked, tf.constant(0)));
            Operand<TInt32> predicted = tf.math.argMax(logits, tf.constant(1), TInt32.class);
            Operand<TFloat32> acc = tf.math.mean(tf.dtypes.cast(tf.math.equal(predicted, w.targets()), TFloat32.class),
                    tf.constant(0));
            diagnostics.put("xent_" + w.name(), xent);
            diagnostics.put("acc_" + w.name(), acc);
            losses.add(xent);
        }
        Operand<TFloat32> loss = tf.math.div(tf.math.addN(losses), tf.constant((float) losses.size()));
        return new LossOutput(loss, diagnostics);
    }
}
