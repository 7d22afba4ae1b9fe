package org.jaywalk.framework.spi.graph;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Per-channel statistics of a batch, as batch norm needs them (see {@link GraphContext#batchMoments}).
 *
 * @param mean {@code [C]}
 * @param variance {@code [C]}, biased (divided by {@code count})
 * @param count scalar: values per channel the statistics cover (over every tower when synchronized)
 */
public record BatchMoments(Operand<TFloat32> mean, Operand<TFloat32> variance, Operand<TFloat32> count) {
}
