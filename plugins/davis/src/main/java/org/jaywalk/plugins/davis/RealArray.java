package org.jaywalk.plugins.davis;

import org.jaywalk.framework.spi.graph.HostTensors;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DoubleDataBuffer;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Affinities or soft labels stored in a run's {@link PropagationPrecision}, read (and, for arrays, written) as
 * {@code double}. Reading a float32 value widens it exactly and writing rounds to float32, so code written
 * against this interface computes on float32 data bit for bit what it computed on {@code float} arrays. A run
 * uses one precision, so every call site sees one implementation and the JIT inlines it.
 */
sealed interface RealArray permits RealArray.Floats, RealArray.Doubles, RealArray.FloatView, RealArray.DoubleView {

    /** Value {@code i} (C order), widened to double. */
    double get(long i);

    /** Sets value {@code i}, rounded to the array's precision; only arrays can be written. */
    default void set(long i, double value) {
        throw new UnsupportedOperationException("a tensor view is read-only");
    }

    /** The values as float32 (the array itself if it is float32, else rounded copies). */
    float[] toFloats();

    /** A view of a float32 or float64 tensor's values, valid while the tensor is open. */
    static RealArray view(Tensor tensor) {
        if (tensor instanceof TFloat32 f) {
            return new FloatView(f.asRawTensor().data().asFloats());
        }
        if (tensor instanceof TFloat64 d) {
            return new DoubleView(d.asRawTensor().data().asDoubles());
        }
        throw new IllegalArgumentException("expected a float32 or float64 tensor, got " + tensor.dataType());
    }

    /** A copy of a float32 or float64 tensor's values. */
    static RealArray copyOf(Tensor tensor) {
        if (tensor instanceof TFloat32 f) {
            return new Floats(HostTensors.toArray(f));
        }
        if (tensor instanceof TFloat64 d) {
            double[] out = new double[Math.toIntExact(d.size())];
            d.asRawTensor().data().asDoubles().read(out);
            return new Doubles(out);
        }
        throw new IllegalArgumentException("expected a float32 or float64 tensor, got " + tensor.dataType());
    }

    /** A float32 array. */
    record Floats(float[] values) implements RealArray {
        @Override
        public double get(long i) {
            return values[(int) i];
        }

        @Override
        public void set(long i, double value) {
            values[(int) i] = (float) value;
        }

        @Override
        public float[] toFloats() {
            return values;
        }
    }

    /** A float64 array. */
    record Doubles(double[] values) implements RealArray {
        @Override
        public double get(long i) {
            return values[(int) i];
        }

        @Override
        public void set(long i, double value) {
            values[(int) i] = value;
        }

        @Override
        public float[] toFloats() {
            float[] out = new float[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) values[i];
            }
            return out;
        }
    }

    /** A float32 tensor's values. */
    record FloatView(FloatDataBuffer values) implements RealArray {
        @Override
        public double get(long i) {
            return values.getFloat(i);
        }

        @Override
        public float[] toFloats() {
            float[] out = new float[Math.toIntExact(values.size())];
            values.read(out);
            return out;
        }
    }

    /** A float64 tensor's values. */
    record DoubleView(DoubleDataBuffer values) implements RealArray {
        @Override
        public double get(long i) {
            return values.getDouble(i);
        }

        @Override
        public float[] toFloats() {
            float[] out = new float[Math.toIntExact(values.size())];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) values.getDouble(i);
            }
            return out;
        }
    }
}
