package org.jaywalk.plugins.davis;

import org.jaywalk.framework.spi.graph.HostTensors;
import org.tensorflow.Operand;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TNumber;

/**
 * The precision {@link LabelPropagation} computes in, chosen once per run: affinities (TensorFlow's products),
 * kept candidates and the soft labels fed back from frame to frame. {@link #FLOAT32} is the reference's and
 * the only one for real use; {@link #FLOAT64} is the float64 proof (docs/parity.md), which runs the same code
 * on float64 tensors and arrays. Features enter as float32 either way; softmax weights and label sums are
 * double in both.
 */
public enum PropagationPrecision {
    FLOAT32(TFloat32.class),
    FLOAT64(TFloat64.class);

    private final Class<? extends TNumber> type;

    PropagationPrecision(Class<? extends TNumber> type) {
        this.type = type;
    }

    /** The TensorFlow type of the affinity graph's features and products. */
    @SuppressWarnings("unchecked")
    Class<TNumber> type() {
        return (Class<TNumber>) type;
    }

    /** A scalar zero of {@link #type()}. */
    @SuppressWarnings("unchecked")
    Operand<TNumber> zero(Ops tf) {
        Operand<?> zero = this == FLOAT32 ? tf.constant(0f) : tf.constant(0d);
        return (Operand<TNumber>) zero;
    }

    /** A new tensor of {@link #type()} holding {@code values} (C order of {@code shape}); the caller closes it. */
    Tensor tensor(long[] shape, float[] values) {
        if (this == FLOAT32) {
            return HostTensors.floats(shape, values);
        }
        double[] wide = new double[values.length];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = values[i];
        }
        return TFloat64.tensorOf(Shape.of(shape), DataBuffers.of(wide, true, false));
    }

    /** A new zero-filled array of {@code length} values. */
    RealArray newArray(int length) {
        return this == FLOAT32 ? new RealArray.Floats(new float[length]) : new RealArray.Doubles(new double[length]);
    }
}
