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
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;

/**
 * SGD as PyTorch's {@code torch.optim.SGD}: L2 weight decay added to the gradient, momentum buffer equal to
 * the first gradient on the first step then {@code mu buf + (1 - dampening) g}, optional Nesterov.
 */
public record Sgd(double learningRate, double momentum, double dampening, double weightDecay, boolean nesterov) implements Optimizer {

    @Override
    public Op apply(GraphContext context, List<ParameterStore.Entry> parameters, List<Operand<TFloat32>> gradients,
                    Operand<TFloat32> lr) {
        Ops tf = context.tf();
        OptimizerState state = new OptimizerState(context, "sgd");
        Variable<TFloat32> step = state.stepCounter();
        Operand<TBool> first = tf.math.equal(step, tf.constant(0f));
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterStore.Entry p = parameters.get(i);
            Operand<TFloat32> g = state.decayed(gradients.get(i), p, weightDecay);
            Operand<TFloat32> direction = g;
            if (momentum != 0) {
                Variable<TFloat32> buf = state.slot(p, "momentum");
                Operand<TFloat32> accumulated = tf.math.add(tf.math.mul(buf, tf.constant((float) momentum)),
                        tf.math.mul(g, tf.constant((float) (1 - dampening))));
                Operand<TFloat32> bufNew = tf.select(first, g, accumulated);
                updates.add(tf.assign(buf, bufNew));
                direction = nesterov ? tf.math.add(g, tf.math.mul(bufNew, tf.constant((float) momentum))) : bufNew;
            }
            updates.add(tf.assign(p.variable(), tf.math.sub(p.variable(), tf.math.mul(direction, lr))));
        }
        updates.add(tf.assign(step, tf.math.add(step, tf.constant(1f))));
        return tf.withControlDependencies(updates).noOp();
    }
}
