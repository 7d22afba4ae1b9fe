package org.jaywalk.framework.spi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
