package org.jaywalk.plugins.resnet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.BatchMoments;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.TensorLayout;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;

/**
 * The two layer kinds a ResNet is made of, with PyTorch semantics: a bias-free convolution with explicit
 * symmetric padding (so stride-2 windows line up with PyTorch's, which TensorFlow's SAME padding does not),
 * and batch norm (training: batch statistics, running statistics updated with momentum 0.1 and the unbiased
 * batch variance; eval: running statistics; eps 1e-5). All tensors are NHWC.
 */
final class ConvBn {

    private static final float BN_EPSILON = 1e-5f;
    private static final float BN_MOMENTUM = 0.1f;
    /**
     * 1x1 and 3x3 convolutions have two kernels, chosen by the framework per shape ({@code train.kernels}):
     * {@value #MATMUL} (im2col, {@link MatMulConvolution}; preferred in training when nothing is measured) and
     * {@value #CONV} (TensorFlow's Conv2D; preferred at test time). The 7x7 stem is always a Conv2D.
     */
    private static final int MATMUL_MAX_KERNEL = 3;
    static final String MATMUL = "matmul";
    static final String CONV = "conv";

    private final GraphContext context;
    private final Padding padding;

    ConvBn(GraphContext context, Padding padding) {
        this.context = context;
        this.padding = padding;
    }

    /**
     * A convolution named {@code name} (parameter {@code name.weight}, canonical shape {@code [O, I, k, k]}).
     *
     * @param x {@code [M, H, W, I]}
     * @return {@code [M, H', W', O]}
     */
    Operand<TFloat32> conv(String name, Operand<TFloat32> x, int in, int out, int kernel, int stride, int pad) {
        long fanOut = (long) out * kernel * kernel;
        Variable<TFloat32> w = context.parameters().create(name + ".weight", new long[] {out, in, kernel, kernel},
                TensorLayout.CONV_OIHW_TO_HWIO, ParameterKind.TRAINABLE, Initializer.normal(Math.sqrt(2.0 / fanOut)));
        Ops tf = context.tf();
        Operand<TFloat32> padded = pad == 0 ? x : pad(x, pad);
        if (kernel <= MATMUL_MAX_KERNEL && MatMulConvolution.applicable(padded)) {
            KernelCandidate matmul = (ops, inputs) -> MatMulConvolution.apply(ops, inputs.get(0), inputs.get(1), kernel, stride);
            KernelCandidate conv = (ops, inputs) -> conv2d(ops, inputs.get(0), inputs.get(1), stride);
            // preference when nothing is measured: im2col for training (small deep maps), Conv2D at test time
            // (frame-sized maps: about 102 against 73 GFLOP per CPU-second on 854x480 frames)
            Map<String, KernelCandidate> candidates = new LinkedHashMap<>();
            candidates.put(context.training() ? MATMUL : CONV, context.training() ? matmul : conv);
            candidates.put(context.training() ? CONV : MATMUL, context.training() ? conv : matmul);
            KernelProblem problem = new KernelProblem("conv" + kernel + "x" + kernel + "/s" + stride,
                    List.of(padded.shape().asArray(), new long[] {kernel, kernel, in, out}), context.training());
            return candidates.get(context.kernel(problem, candidates)).build(tf, List.of(padded, w));
        }
        return conv2d(tf, padded, w, stride);
    }

    /**
     * @param padded {@code [M, Hp, Wp, I]}
     * @param filter {@code [k, k, I, O]}
     */
    private static Operand<TFloat32> conv2d(Ops tf, Operand<TFloat32> padded, Operand<TFloat32> filter, int stride) {
        return tf.nn.conv2d(padded, filter, List.of(1L, (long) stride, (long) stride, 1L), "VALID");
    }

    private Operand<TFloat32> pad(Operand<TFloat32> x, int pad) {
        Ops tf = context.tf();
        Operand<org.tensorflow.types.TInt32> paddings = tf.constant(new int[][] {{0, 0}, {pad, pad}, {pad, pad}, {0, 0}});
        return padding == Padding.REFLECT
                ? tf.mirrorPad(x, paddings, "REFLECT")
                : tf.pad(x, paddings, tf.constant(0f));
    }

    /**
     * Batch norm named {@code name} ({@code .weight}, {@code .bias}, {@code .running_mean}, {@code .running_var}).
     *
     * @param x {@code [M, H, W, C]}
     */
    Operand<TFloat32> batchNorm(String name, Operand<TFloat32> x, int channels) {
        ParameterStore store = context.parameters();
        long[] shape = {channels};
        Variable<TFloat32> gamma = store.trainable(name + ".weight", shape, Initializer.constant(1f));
        Variable<TFloat32> beta = store.trainable(name + ".bias", shape, Initializer.constant(0f));
        Variable<TFloat32> mean = store.create(name + ".running_mean", shape, TensorLayout.IDENTITY,
                ParameterKind.BUFFER, Initializer.constant(0f));
        Variable<TFloat32> var = store.create(name + ".running_var", shape, TensorLayout.IDENTITY,
                ParameterKind.BUFFER, Initializer.constant(1f));
        Ops tf = context.tf();
        boolean training = context.training();
        // the float64 proof has no fused kernel (FusedBatchNormV3 has no float64 kernel): the same formulas as ops
        if (training && (context.synchronizesBatchStatistics() || context.float64Proof())) {
            return synchronizedBatchNorm(x, gamma, beta, mean, var);
        }
        if (context.float64Proof()) {
            return normalize(x, mean, var, gamma, beta);
        }
        FusedBatchNorm<TFloat32, TFloat32> bn = tf.nn.fusedBatchNorm(x, gamma, beta, mean, var,
                FusedBatchNorm.epsilon(BN_EPSILON),
                FusedBatchNorm.exponentialAvgFactor(training ? BN_MOMENTUM : 1f),
                FusedBatchNorm.dataFormat("NHWC"),
                FusedBatchNorm.isTraining(training));
        if (training) {
            // With an averaging factor, the op's mean/variance outputs are the updated running statistics.
            context.addUpdate(tf.assign(mean, bn.batchMean()));
            context.addUpdate(tf.assign(var, bn.batchVariance()));
        }
        return bn.y();
    }

    /**
     * Training-mode batch norm with statistics over every tower's slice of the batch (synchronized batch norm):
     * the same normalization and running-statistics update as the fused kernel on the whole batch.
     *
     * @param x {@code [M, H, W, C]}
     */
    private Operand<TFloat32> synchronizedBatchNorm(Operand<TFloat32> x, Variable<TFloat32> gamma,
                                                    Variable<TFloat32> beta, Variable<TFloat32> runningMean,
                                                    Variable<TFloat32> runningVar) {
        Ops tf = context.tf();
        BatchMoments batch = context.batchMoments(x);
        Operand<TFloat32> y = normalize(x, batch.mean(), batch.variance(), gamma, beta);
        // running statistics: momentum 0.1, unbiased variance over the whole batch
        Operand<TFloat32> unbiased = tf.math.mul(batch.variance(),
                tf.math.div(batch.count(), tf.math.sub(batch.count(), tf.constant(1f))));
        context.addUpdate(tf.assign(runningMean, blend(runningMean, batch.mean())));
        context.addUpdate(tf.assign(runningVar, blend(runningVar, unbiased)));
        return y;
    }

    /**
     * {@code y = (x - mean) * gamma / sqrt(var + eps) + beta}, statistics and affine parameters {@code [C]}.
     *
     * @param x {@code [M, H, W, C]}
     */
    private Operand<TFloat32> normalize(Operand<TFloat32> x, Operand<TFloat32> mean, Operand<TFloat32> variance,
                                        Operand<TFloat32> gamma, Operand<TFloat32> beta) {
        Ops tf = context.tf();
        Operand<TFloat32> scale = tf.math.mul(gamma, tf.math.rsqrt(tf.math.add(variance, tf.constant(BN_EPSILON))));
        return tf.math.add(tf.math.mul(tf.math.sub(x, mean), scale), beta);
    }

    /** {@code (1 - momentum) * running + momentum * batch}. */
    private Operand<TFloat32> blend(Operand<TFloat32> running, Operand<TFloat32> batch) {
        Ops tf = context.tf();
        return tf.math.add(tf.math.mul(running, tf.constant(1f - BN_MOMENTUM)),
                tf.math.mul(batch, tf.constant(BN_MOMENTUM)));
    }

    /** 3x3 max pooling, stride 2, padding 1. Inputs follow a ReLU, so zero padding equals PyTorch's -inf padding. */
    Operand<TFloat32> maxPool(Operand<TFloat32> x) {
        Ops tf = context.tf();
        Operand<TFloat32> padded = tf.pad(x, tf.constant(new int[][] {{0, 0}, {1, 1}, {1, 1}, {0, 0}}), tf.constant(0f));
        return tf.nn.maxPool(padded, tf.constant(new int[] {1, 3, 3, 1}), tf.constant(new int[] {1, 2, 2, 1}), "VALID");
    }
}
