package org.jaywalk.framework.spi.graph;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/** Copies between Java arrays and TensorFlow tensors (the caller closes the tensors). */
public final class HostTensors {

    private HostTensors() {
    }

    /** A new float32 tensor holding {@code values} (C order of {@code shape}). */
    public static TFloat32 floats(long[] shape, float[] values) {
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }

    /** A new int64 tensor holding {@code values}. */
    public static TInt64 longs(long[] shape, long[] values) {
        return TInt64.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }

    /** All values of a float32 tensor in C order. */
    public static float[] toArray(TFloat32 tensor) {
        float[] out = new float[Math.toIntExact(tensor.size())];
        tensor.copyTo(DataBuffers.of(out, false, false));
        return out;
    }

    /** All values of an int32 tensor in C order. */
    public static int[] toArray(TInt32 tensor) {
        int[] out = new int[Math.toIntExact(tensor.size())];
        tensor.copyTo(DataBuffers.of(out, false, false));
        return out;
    }

    /** The dimensions of a tensor's shape. */
    public static long[] dims(org.tensorflow.Tensor tensor) {
        return tensor.shape().asArray();
    }
}
