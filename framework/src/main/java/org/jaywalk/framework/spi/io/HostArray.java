package org.jaywalk.framework.spi.io;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Objects;

/**
 * A dense host tensor in C (row-major) order, without a name: its element type, its shape and its values in
 * the Java array {@link DType#arrayType()} of the type ({@code float[]} for float32, {@code long[]} for int64,
 * ...). {@link #data()} is the backing array itself (do not modify it); {@link #floats()}, {@link #doubles()}
 * and {@link #longs()} return converted copies.
 *
 * @param dtype element type
 * @param shape dimensions; {@code []} for a scalar
 * @param data the values, an array of {@code dtype.arrayType()} with as many elements as the shape holds
 */
public record HostArray(DType dtype, long[] shape, Object data) {

    public HostArray {
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        if (!dtype.arrayType().isInstance(data)) {
            throw new IllegalArgumentException(dtype.pythonName() + " values must be a "
                    + dtype.arrayType().getSimpleName()
                    + ", got " + (data == null ? "null" : data.getClass().getSimpleName()));
        }
        long expected = elementCount(shape);
        if (Array.getLength(data) != expected) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + expected
                    + " elements but " + Array.getLength(data) + " values were given");
        }
    }

    /** A float32 array. */
    public static HostArray ofFloats(long[] shape, float... values) {
        return new HostArray(DType.FLOAT32, shape, values);
    }

    /** A float64 array. */
    public static HostArray ofDoubles(long[] shape, double... values) {
        return new HostArray(DType.FLOAT64, shape, values);
    }

    /** An int64 array. */
    public static HostArray ofLongs(long[] shape, long... values) {
        return new HostArray(DType.INT64, shape, values);
    }

    /** An int32 array. */
    public static HostArray ofInts(long[] shape, int... values) {
        return new HostArray(DType.INT32, shape, values);
    }

    /** A bool array. */
    public static HostArray ofBooleans(long[] shape, boolean... values) {
        return new HostArray(DType.BOOL, shape, values);
    }

    /** Product of the dimensions (1 for a scalar). */
    public static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return Array.getLength(data);
    }

    /** The values converted to float32 (a copy). */
    public float[] floats() {
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) doubleAt(i);
        }
        return out;
    }

    /** The values converted to float64 (a copy). */
    public double[] doubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubleAt(i);
        }
        return out;
    }

    /** The values of an integer or bool array as int64 (a copy); fails for floating-point arrays. */
    public long[] longs() {
        if (dtype.isFloating()) {
            throw new IllegalStateException("a " + dtype.pythonName() + " array has no exact int64 values");
        }
        long[] out = new long[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = longAt(i);
        }
        return out;
    }

    /** Element {@code i} (flat C-order index) as a double. */
    public double doubleAt(int i) {
        return switch (dtype) {
            case FLOAT16 -> Half.toFloat(((short[]) data)[i]);
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            default -> longAt(i);
        };
    }

    private long longAt(int i) {
        return switch (dtype) {
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> Byte.toUnsignedLong(((byte[]) data)[i]);
            case INT32 -> ((int[]) data)[i];
            case INT64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> throw new IllegalStateException("not an integer type: " + dtype);
        };
    }

    /** E.g. {@code float32[64, 3, 7, 7]}. */
    public String describe() {
        return dtype.pythonName() + Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostArray other && dtype == other.dtype && Arrays.equals(shape, other.shape)
                && Objects.deepEquals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {data}));
    }

    @Override
    public String toString() {
        return "HostArray[" + describe() + "]";
    }
}
