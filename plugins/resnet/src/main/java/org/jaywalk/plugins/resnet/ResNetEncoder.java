package org.jaywalk.plugins.resnet;

import java.util.List;
import java.util.Set;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.Encoder;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A torchvision ResNet as videowalk modifies it ({@code code/resnet.py}): every convolution of layer3 and
 * layer4 has stride 1, fc and avgpool are gone, {@code remove-layers} drops trailing stages, and padded
 * convolutions use reflect or zero padding. Parameter names are videowalk's ({@code encoder.model.*}).
 */
public final class ResNetEncoder implements Encoder {

    /** Name prefix of every parameter, as in videowalk's state dict. */
    public static final String PREFIX = "encoder.model.";

    private static final String[] STAGES = {"layer1", "layer2", "layer3", "layer4"};
    private static final int[] PLANES = {64, 128, 256, 512};
    private static final int[] STRIDES = {1, 2, 1, 1};

    private final BlockKind block;
    private final int[] blocks;
    private final Padding padding;
    private final Set<String> removed;

    /**
     * @param depth 18 or 50
     * @param removed stages to drop; must be trailing ones (e.g. {@code layer4})
     */
    public ResNetEncoder(int depth, Padding padding, Set<String> removed) {
        this.block = depth == 18 ? BlockKind.BASIC : BlockKind.BOTTLENECK;
        this.blocks = depth == 18 ? new int[] {2, 2, 2, 2} : new int[] {3, 4, 6, 3};
        this.padding = padding;
        this.removed = Set.copyOf(removed);
    }

    /** @param frames {@code [M, H, W, 3]} -> maps {@code [M, ceil(H/8), ceil(W/8), C]} */
    @Override
    public Operand<TFloat32> encode(GraphContext context, Operand<TFloat32> frames) {
        Ops tf = context.tf();
        ConvBn layers = new ConvBn(context, padding);
        Operand<TFloat32> x = layers.conv(PREFIX + "conv1", frames, 3, 64, 7, 2, 3);
        x = tf.nn.relu(layers.batchNorm(PREFIX + "bn1", x, 64));
        x = layers.maxPool(x);
        int in = 64;
        for (int s = 0; s < STAGES.length && !removed.contains(STAGES[s]); s++) {
            for (int b = 0; b < blocks[s]; b++) {
                int stride = b == 0 ? STRIDES[s] : 1;
                // torchvision creates the projection when the original stride (2 for layer2..4) or width changes
                boolean downsample = b == 0 && (s > 0 || in != PLANES[s] * block.expansion);
                x = block.apply(layers, tf, PREFIX + STAGES[s] + "." + b, x, in, PLANES[s], stride, downsample);
                in = PLANES[s] * block.expansion;
            }
        }
        return x;
    }

    @Override
    public int channels() {
        int kept = keptStages();
        return kept == 0 ? 64 : PLANES[kept - 1] * block.expansion;
    }

    @Override
    public int outputSize(int size) {
        int s = ceilHalf(ceilHalf(size)); // conv1 and maxpool
        return keptStages() >= 2 ? ceilHalf(s) : s;
    }

    private int keptStages() {
        int kept = 0;
        while (kept < STAGES.length && !removed.contains(STAGES[kept])) {
            kept++;
        }
        return kept;
    }

    private static int ceilHalf(int v) {
        return (v + 1) / 2;
    }

    /** Stage names, in order. */
    public static List<String> stages() {
        return List.of(STAGES);
    }
}
