package org.jaywalk.plugins.crw;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.Optimizer;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Adam exactly as PyTorch 1.13's {@code torch.optim.Adam} (single-tensor path, no amsgrad):
 * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)},
 * with bias corrections computed in double precision. The step counter is a stored variable updated in the
 * same run, so resume is exact (no race between the power terms and the update).
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) implements Optimizer {

    @Override
    public Op apply(GraphContext context, List<ParameterStore.Entry> parameters, List<Operand<TFloat32>> gradients,
                    Operand<TFloat32> lr) {
        Ops tf = context.tf();
        OptimizerState state = new OptimizerState(context, "adam");
        Variable<TFloat32> step = state.stepCounter();
        Operand<TFloat32> t = tf.math.add(step, tf.constant(1f));
        Operand<TFloat64> t64 = tf.dtypes.cast(t, TFloat64.class);
        Operand<TFloat64> correction1 = tf.math.sub(tf.constant(1.0), tf.math.pow(tf.constant(beta1), t64));
        Operand<TFloat64> correction2 = tf.math.sub(tf.constant(1.0), tf.math.pow(tf.constant(beta2), t64));
        Operand<TFloat32> stepSize = tf.dtypes.cast(
                tf.math.div(tf.dtypes.cast(lr, TFloat64.class), correction1), TFloat32.class);
        Operand<TFloat32> correction2Sqrt = tf.dtypes.cast(tf.math.sqrt(correction2), TFloat32.class);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterStore.Entry p = parameters.get(i);
            Operand<TFloat32> g = state.decayed(gradients.get(i), p, weightDecay);
            Variable<TFloat32> m = state.slot(p, "m");
            Variable<TFloat32> v = state.slot(p, "v");
            Operand<TFloat32> mNew = tf.math.add(tf.math.mul(m, tf.constant((float) beta1)),
                    tf.math.mul(g, tf.constant((float) (1 - beta1))));
            Operand<TFloat32> vNew = tf.math.add(tf.math.mul(v, tf.constant((float) beta2)),
                    tf.math.mul(tf.math.mul(g, g), tf.constant((float) (1 - beta2))));
            Operand<TFloat32> denom = tf.math.add(tf.math.div(tf.math.sqrt(vNew), correction2Sqrt),
                    tf.constant((float) epsilon));
            Operand<TFloat32> delta = tf.math.mul(tf.math.div(mNew, denom), stepSize);
            updates.add(tf.assign(m, mNew));
            updates.add(tf.assign(v, vNew));
            updates.add(tf.assign(p.variable(), tf.math.sub(p.variable(), delta)));
        }
        updates.add(tf.assign(step, t));
        return tf.withControlDependencies(updates).noOp();
    }
}
