package org.jaywalk.framework.spi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class StridesTest {

    private static final ByteBuffer STORAGE = ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    @Test
    void copiesDenseViewWithOffset() {
        assertArrayEquals(new int[] {2, 3, 4, 5}, gather(2, new long[] {2, 2}, new long[] {2, 1}));
    }

    @Test
    void transposesNonContiguousView() {
        // the transpose of the 2x3 matrix [[0,1,2],[3,4,5]] starting at element 1
        assertArrayEquals(new int[] {1, 4, 2, 5, 3, 6}, gather(1, new long[] {3, 2}, new long[] {1, 3}));
    }

    @Test
    void broadcastsZeroStride() {
        assertArrayEquals(new int[] {7, 7, 7}, gather(7, new long[] {3}, new long[] {0}));
    }

    @Test
    void refusesViewsOutsideTheStorage() {
        assertThrows(FormatException.class, () -> gather(5, new long[] {2, 3}, new long[] {3, 1}));
        assertThrows(FormatException.class, () -> gather(0, new long[] {2}, new long[] {-1}));
    }

    @Test
    void refusesStridesThatOverflowIntoRange() {
        // 9 * 2^62 wraps to 2^62 and 2 * 2^62 + 2^63 to 0 in 64-bit arithmetic: both must still be refused
        FormatException e = assertThrows(FormatException.class,
                () -> gather(0, new long[] {10, 1}, new long[] {1L << 62, 1}));
        assertTrue(e.getMessage().endsWith("reaches beyond 2^63 elements"), e.getMessage());
        assertThrows(FormatException.class, () -> gather(0, new long[] {3, 2}, new long[] {1L << 62, Long.MAX_VALUE}));
        assertThrows(FormatException.class, () -> gather(0, new long[] {5, 2}, new long[] {1L << 62, 1}));
    }

    @Test
    void refusesViewsLargerThanAnArray() {
        // a stride-0 view of one element expanded to 5 x 500M elements
        FormatException e = assertThrows(FormatException.class,
                () -> gather(0, new long[] {5, 500_000_000}, new long[] {0, 0}));
        assertTrue(e.getMessage().contains("holds 2500000000 elements of 4 bytes, more than one Java array can hold"),
                e.getMessage());
        assertThrows(FormatException.class, () -> gather(0, new long[] {-2, 1}, new long[] {1, 1}));
    }

    private static int[] gather(long offset, long[] shape, long[] strides) {
        ByteBuffer out = Strides.gather(STORAGE, 4, offset, shape, strides);
        int[] values = new int[out.capacity() / 4];
        out.asIntBuffer().get(values);
        return values;
    }

    private static ByteBuffer ints(int... values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(values);
        return buf;
    }
}
