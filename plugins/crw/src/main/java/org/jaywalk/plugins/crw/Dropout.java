package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/** Feature dropout from the context's stateless seeds (so resumed runs draw the same masks). */
final class Dropout {

    private Dropout() {
    }

    /**
     * Inverted dropout as {@code nn.Dropout}: zero with probability {@code rate}, scale the rest by 1/(1-rate).
     *
     * @param x any shape
     * @return the shape of {@code x}
     */
    static Operand<TFloat32> apply(GraphContext context, Operand<TFloat32> x, double rate) {
        Ops tf = context.tf();
        Operand<TBool> dropped = tf.math.less(context.uniform(tf.shape(x, TInt64.class)), tf.constant((float) rate));
        Operand<TFloat32> scaled = tf.math.mul(x, tf.constant((float) (1.0 / (1.0 - rate))));
        return tf.select(dropped, tf.zerosLike(x), scaled);
    }
}
