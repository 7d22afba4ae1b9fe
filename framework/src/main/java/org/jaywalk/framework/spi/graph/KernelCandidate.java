package org.jaywalk.framework.spi.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * One way to build an op that several kernels can compute (e.g. a convolution as TensorFlow's {@code Conv2D} or
 * as an im2col matrix product). The framework calls it to build the op into the real graph and, when it times
 * the candidates ({@code train.kernels = auto}), into a small benchmark graph of its own.
 */
@FunctionalInterface
public interface KernelCandidate {

    /**
     * Builds the op.
     *
     * @param inputs operands of the shapes {@link KernelProblem#inputs()} lists, in that order
     * @return the op's output; every candidate of a problem returns the same shape and (up to rounding) values
     */
    Operand<TFloat32> build(Ops tf, List<Operand<TFloat32>> inputs);
}
