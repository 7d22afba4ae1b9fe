package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.TensorLayout;
import org.jaywalk.framework.spi.Head;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * videowalk's node head ({@code CRW.pixels_to_nodes} + {@code make_head}): feature dropout on the node maps,
 * spatial mean pooling, an MLP ({@code depth} -1: none; 0: one linear layer; d: d hidden layers with ReLU),
 * then L2 normalization over channels. Parameters are {@code selfsim_fc.<i>.weight/bias}.
 */
public record MlpHead(int depth, int dim, double featureDropout) implements Head {

    private static final String PREFIX = "selfsim_fc.";

    /** @param nodeMaps {@code [B, T, N, h, w, C]} -> {@code [B, D, T, N]} */
    @Override
    public Operand<TFloat32> embed(GraphContext context, Operand<TFloat32> nodeMaps, int channels) {
        Ops tf = context.tf();
        Operand<TFloat32> maps = context.training() && featureDropout > 0
                ? Dropout.apply(context, nodeMaps, featureDropout) : nodeMaps;
        Operand<TFloat32> pooled = tf.math.mean(maps, tf.constant(new int[] {3, 4})); // [B, T, N, C]
        Operand<TFloat32> flat = tf.reshape(pooled, tf.constant(new long[] {-1, channels})); // [B*T*N, C]
        int in = channels;
        if (depth >= 0) {
            for (int layer = 0; layer <= depth; layer++) {
                int out = layer == depth ? dim : channels;
                flat = linear(context, PREFIX + (2 * layer), flat, in, out);
                if (layer < depth) {
                    flat = tf.nn.relu(flat);
                }
                in = out;
            }
        }
        Operand<TFloat32> normalized = l2Normalize(tf, flat); // [B*T*N, D]
        long[] bt = pooled.shape().asArray();
        Operand<TFloat32> unflat = tf.reshape(normalized, tf.constant(new long[] {bt[0], bt[1], bt[2], in})); // [B, T, N, D]
        return tf.linalg.transpose(unflat, tf.constant(new int[] {0, 3, 1, 2}));
    }

    /** x / max(||x||, 1e-12) over the last axis, as {@code F.normalize}. */
    static Operand<TFloat32> l2Normalize(Ops tf, Operand<TFloat32> x) {
        Operand<TFloat32> norm = tf.math.sqrt(tf.reduceSum(tf.math.square(x), tf.constant(-1),
                org.tensorflow.op.core.ReduceSum.keepDims(true)));
        return tf.math.div(x, tf.math.maximum(norm, tf.constant(1e-12f)));
    }

    /** {@code x @ W^T + b} with PyTorch's default initialization. x {@code [M, in]} -> {@code [M, out]}. */
    private static Operand<TFloat32> linear(GraphContext context, String name, Operand<TFloat32> x, int in, int out) {
        double bound = 1.0 / Math.sqrt(in);
        Variable<TFloat32> w = context.parameters().create(name + ".weight", new long[] {out, in},
                TensorLayout.LINEAR_OI_TO_IO, ParameterKind.TRAINABLE, Initializer.uniform(bound));
        Variable<TFloat32> b = context.parameters().trainable(name + ".bias", new long[] {out}, Initializer.uniform(bound));
        Ops tf = context.tf();
        return tf.nn.biasAdd(tf.linalg.matMul(x, w), b);
    }
}
