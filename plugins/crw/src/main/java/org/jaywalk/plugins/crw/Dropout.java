package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;

/** Random masks from the context's stateless seeds (so resumed runs draw the same masks). */
final class Dropout {

    private Dropout() {
    }

    /** True where an entry of a tensor shaped like {@code x} is dropped, with probability {@code rate}. */
    static Operand<TBool> mask(GraphContext context, Operand<TFloat32> x, double rate) {
        Ops tf = context.tf();
        return tf.math.less(context.uniform(tf.shape(x, org.tensorflow.types.TInt64.class)), tf.constant((float) rate));
    }

    /** Inverted dropout as {@code nn.Dropout}: zero with probability {@code rate}, scale the rest by 1/(1-rate). */
    static Operand<TFloat32> apply(GraphContext context, Operand<TFloat32> x, double rate) {
        Ops tf = context.tf();
        Operand<TFloat32> scaled = tf.math.mul(x, tf.constant((float) (1.0 / (1.0 - rate))));
        return tf.select(mask(context, x, rate), tf.zerosLike(x), scaled);
    }

    /** Sets dropped entries to {@code value} (edge dropout on affinities). */
    static Operand<TFloat32> fill(GraphContext context, Operand<TFloat32> x, double rate, float value) {
        Ops tf = context.tf();
        return tf.select(mask(context, x, rate), tf.fill(tf.shape(x), tf.constant(value)), x);
    }
}
