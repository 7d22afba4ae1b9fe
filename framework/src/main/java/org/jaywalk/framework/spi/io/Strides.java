package org.jaywalk.framework.spi.io;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Copies strided tensor elements (PyTorch views, Fortran-order arrays) into dense C order. */
public final class Strides {

    private Strides() {
    }

    /** Element strides of a dense C-order (row-major) array. */
    public static long[] cOrder(long[] shape) {
        long[] strides = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = step;
            step *= shape[d];
        }
        return strides;
    }

    /** Element strides of a dense Fortran-order (column-major) array. */
    static long[] fortranOrder(long[] shape) {
        long[] strides = new long[shape.length];
        long step = 1;
        for (int d = 0; d < shape.length; d++) {
            strides[d] = step;
            step *= shape[d];
        }
        return strides;
    }

    /**
     * The elements of the view ({@code offset}, {@code shape}, {@code strides}, all in elements) of the
     * storage {@code src} (starting at index 0, {@code itemSize} bytes per element), densely in C order, in a
     * new buffer with {@code src}'s byte order.
     *
     * @throws FormatException if the view reaches outside the storage
     * @throws TooLargeException if the copy and the values decoded from it cannot fit in the heap
     */
    public static ByteBuffer gather(ByteBuffer src, int itemSize, long offset, long[] shape, long[] strides) {
        if (shape.length != strides.length) {
            throw new FormatException("shape " + Arrays.toString(shape) + " and strides " + Arrays.toString(strides)
                    + " differ in rank");
        }
        checkBounds(src.limit() / itemSize, itemSize, offset, shape, strides);
        int count = (int) HostArray.elementCount(shape); // fits: checkBounds bounds it
        // the dense copy, and the values its caller decodes from it
        HeapBudget.require(2L * count * itemSize, "a tensor of shape " + Arrays.toString(shape));
        ByteBuffer out = ByteBuffer.allocate(Math.multiplyExact(count, itemSize)).order(src.order());
        if (isDense(shape, strides)) {
            out.put(0, src, Math.toIntExact(offset * itemSize), out.capacity());
        } else {
            copyStrided(src, out, itemSize, offset, shape, strides, count);
        }
        return out;
    }

    /**
     * Checks, in exact arithmetic (a stride of 2^62 must not wrap around into range), that every element of the
     * view lies in the storage and that its dense copy fits in one array.
     */
    private static void checkBounds(long storageElements, int itemSize, long offset, long[] shape, long[] strides) {
        String view = "a view of shape " + Arrays.toString(shape) + ", strides " + Arrays.toString(strides)
                + " and offset " + offset;
        long count;
        long last = offset;
        try {
            count = HostArray.elementCount(shape);
            for (int d = 0; d < shape.length; d++) {
                if (strides[d] < 0) {
                    throw new FormatException("negative stride in " + Arrays.toString(strides));
                }
                last = Math.addExact(last, Math.multiplyExact(Math.max(shape[d] - 1, 0), strides[d]));
            }
        } catch (ArithmeticException e) {
            throw new FormatException(view + " reaches beyond 2^63 elements");
        } catch (IllegalArgumentException e) {
            throw new FormatException(e.getMessage());
        }
        if (offset < 0 || (count > 0 && last >= storageElements)) {
            throw new FormatException(view + " reaches outside its storage of " + storageElements + " elements");
        }
        if (count > HeapBudget.MAX_ARRAY / itemSize) {
            throw new FormatException(view + " holds " + count + " elements of " + itemSize + " bytes, more than"
                    + " one Java array can hold (2 GiB)");
        }
    }

    private static boolean isDense(long[] shape, long[] strides) {
        long[] dense = cOrder(shape);
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1 && strides[d] != dense[d]) {
                return false;
            }
        }
        return true;
    }

    private static void copyStrided(ByteBuffer src, ByteBuffer out, int itemSize, long offset, long[] shape,
                                    long[] strides, int count) {
        long[] index = new long[shape.length];
        long position = offset;
        for (int k = 0; k < count; k++) {
            out.put(k * itemSize, src, Math.toIntExact(position * itemSize), itemSize);
            for (int d = shape.length - 1; d >= 0; d--) {
                position += strides[d];
                if (++index[d] < shape[d]) {
                    break;
                }
                position -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
    }
}
