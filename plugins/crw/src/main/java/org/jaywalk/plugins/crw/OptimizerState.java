package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** Creates optimizer slots in the parameter store (so checkpoints hold them) and a shared step counter. */
final class OptimizerState {

    private final GraphContext context;
    private final String optimizer;

    OptimizerState(GraphContext context, String optimizer) {
        this.context = context;
        this.optimizer = optimizer;
    }

    /** A zero-initialized slot {@code <param>.<optimizer>_<slot>} shaped and laid out like the parameter. */
    Variable<TFloat32> slot(ParameterStore.Entry parameter, String slot) {
        return context.parameters().create(parameter.name() + "." + optimizer + "_" + slot, parameter.shape(),
                parameter.layout(), ParameterKind.OPTIMIZER_STATE, Initializer.constant(0f));
    }

    /** The number of updates applied so far, {@code <optimizer>.step}, a float scalar. */
    Variable<TFloat32> stepCounter() {
        return context.parameters().create(optimizer + ".step", new long[0],
                org.jaywalk.framework.spi.graph.TensorLayout.IDENTITY, ParameterKind.OPTIMIZER_STATE, Initializer.constant(0f));
    }

    /** {@code gradient + weightDecay * parameter} (PyTorch's L2 weight decay), or the gradient alone. */
    Operand<TFloat32> decayed(Operand<TFloat32> gradient, ParameterStore.Entry parameter, double weightDecay) {
        if (weightDecay == 0) {
            return gradient;
        }
        Ops tf = context.tf();
        return tf.math.add(gradient, tf.math.mul(parameter.variable(), tf.constant((float) weightDecay)));
    }
}
