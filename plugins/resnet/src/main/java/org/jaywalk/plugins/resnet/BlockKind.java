package org.jaywalk.plugins.resnet;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The residual block of a ResNet depth: basic (18/34) or bottleneck (50/101), as torchvision builds them. */
enum BlockKind {
    BASIC(1),
    BOTTLENECK(4);

    final int expansion;

    BlockKind(int expansion) {
        this.expansion = expansion;
    }

    /**
     * One block named {@code name} (e.g. {@code encoder.model.layer1.0}).
     *
     * @param x {@code [M, H, W, in]}
     * @param downsample whether the block has a 1x1 projection shortcut ({@code .downsample.0/1})
     * @return {@code [M, H/stride, W/stride, planes * expansion]}
     */
    Operand<TFloat32> apply(ConvBn layers, Ops tf, String name, Operand<TFloat32> x, int in, int planes, int stride,
                            boolean downsample) {
        int out = planes * expansion;
        Operand<TFloat32> y;
        if (this == BASIC) {
            y = tf.nn.relu(layers.batchNorm(name + ".bn1", layers.conv(name + ".conv1", x, in, planes, 3, stride, 1), planes));
            y = layers.batchNorm(name + ".bn2", layers.conv(name + ".conv2", y, planes, planes, 3, 1, 1), planes);
        } else {
            y = tf.nn.relu(layers.batchNorm(name + ".bn1", layers.conv(name + ".conv1", x, in, planes, 1, 1, 0), planes));
            y = tf.nn.relu(layers.batchNorm(name + ".bn2", layers.conv(name + ".conv2", y, planes, planes, 3, stride, 1), planes));
            y = layers.batchNorm(name + ".bn3", layers.conv(name + ".conv3", y, planes, out, 1, 1, 0), out);
        }
        Operand<TFloat32> shortcut = downsample
                ? layers.batchNorm(name + ".downsample.1", layers.conv(name + ".downsample.0", x, in, out, 1, stride, 0), out)
                : x;
        return tf.nn.relu(tf.math.add(y, shortcut));
    }
}
