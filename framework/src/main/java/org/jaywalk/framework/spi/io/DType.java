package org.jaywalk.framework.spi.io;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Element type of a {@link HostArray}, with its NumPy type code and the Java array that holds its values:
 * {@code short[]} (raw IEEE half bits) for {@link #FLOAT16}, {@code float[]}, {@code double[]},
 * {@code byte[]} for {@link #INT8} and {@link #UINT8}, {@code int[]}, {@code long[]} and {@code boolean[]}.
 */
public enum DType {
    FLOAT16("f2", 2, short[].class),
    FLOAT32("f4", 4, float[].class),
    FLOAT64("f8", 8, double[].class),
    INT8("i1", 1, byte[].class),
    UINT8("u1", 1, byte[].class),
    INT32("i4", 4, int[].class),
    INT64("i8", 8, long[].class),
    BOOL("b1", 1, boolean[].class);

    private final String numpyCode;
    private final int itemSize;
    private final Class<?> arrayType;

    DType(String numpyCode, int itemSize, Class<?> arrayType) {
        this.numpyCode = numpyCode;
        this.itemSize = itemSize;
        this.arrayType = arrayType;
    }

    /** NumPy's kind and size code without byte order, e.g. {@code f4}. */
    public String numpyCode() {
        return numpyCode;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** The Java array class holding values of this type. */
    public Class<?> arrayType() {
        return arrayType;
    }

    /** Whether this is a floating-point type. */
    public boolean isFloating() {
        return this == FLOAT16 || this == FLOAT32 || this == FLOAT64;
    }

    /** Lower-case name as NumPy and PyTorch print it, e.g. {@code float32}. */
    public String pythonName() {
        return this == BOOL ? "bool" : name().toLowerCase(Locale.ROOT);
    }

    /** The type with the given NumPy code ({@code f4}, {@code i8}, ...). */
    public static DType fromNumpyCode(String code) {
        for (DType t : values()) {
            if (t.numpyCode.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unsupported NumPy dtype '" + code + "'");
    }

    /**
     * Reads {@code count} elements from {@code in}'s position (in its byte order) into a new array of
     * {@link #arrayType()}; the buffer's position is left unchanged.
     */
    public Object decode(ByteBuffer in, int count) {
        return switch (this) {
            case FLOAT16 -> { short[] a = new short[count]; in.asShortBuffer().get(a); yield a; }
            case FLOAT32 -> { float[] a = new float[count]; in.asFloatBuffer().get(a); yield a; }
            case FLOAT64 -> { double[] a = new double[count]; in.asDoubleBuffer().get(a); yield a; }
            case INT8, UINT8 -> { byte[] a = new byte[count]; in.duplicate().get(a); yield a; }
            case INT32 -> { int[] a = new int[count]; in.asIntBuffer().get(a); yield a; }
            case INT64 -> { long[] a = new long[count]; in.asLongBuffer().get(a); yield a; }
            case BOOL -> decodeBooleans(in, count);
        };
    }

    /**
     * Writes all elements of {@code data} (an array of {@link #arrayType()}) at {@code out}'s position in its byte
     * order; the buffer's position is left unchanged.
     */
    void encode(Object data, ByteBuffer out) {
        switch (this) {
            case FLOAT16 -> out.asShortBuffer().put((short[]) data);
            case FLOAT32 -> out.asFloatBuffer().put((float[]) data);
            case FLOAT64 -> out.asDoubleBuffer().put((double[]) data);
            case INT8, UINT8 -> out.duplicate().put((byte[]) data);
            case INT32 -> out.asIntBuffer().put((int[]) data);
            case INT64 -> out.asLongBuffer().put((long[]) data);
            case BOOL -> encodeBooleans((boolean[]) data, out);
        }
    }

    private static boolean[] decodeBooleans(ByteBuffer in, int count) {
        boolean[] a = new boolean[count];
        for (int i = 0; i < count; i++) {
            a[i] = in.get(in.position() + i) != 0;
        }
        return a;
    }

    private static void encodeBooleans(boolean[] data, ByteBuffer out) {
        for (int i = 0; i < data.length; i++) {
            out.put(out.position() + i, (byte) (data[i] ? 1 : 0));
        }
    }
}
