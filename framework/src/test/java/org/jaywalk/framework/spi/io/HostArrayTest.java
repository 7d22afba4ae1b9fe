package org.jaywalk.framework.spi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostArrayTest {

    @Test
    void convertsBetweenTypes() {
        HostArray ints = HostArray.ofInts(new long[] {2, 2}, 1, -2, 3, 4);
        assertArrayEquals(new float[] {1, -2, 3, 4}, ints.floats());
        assertArrayEquals(new double[] {1, -2, 3, 4}, ints.doubles());
        assertArrayEquals(new long[] {1, -2, 3, 4}, ints.longs());
        assertArrayEquals(new long[] {1, 0}, HostArray.ofBooleans(new long[] {2}, true, false).longs());
        assertArrayEquals(new long[] {255}, new HostArray(DType.UINT8, new long[] {1}, new byte[] {-1}).longs());
    }

    @Test
    void decodesHalfPrecision() {
        short[] bits = {0x3c00, (short) 0xc000, 0x0001, 0x7c00, 0x3555};
        HostArray half = new HostArray(DType.FLOAT16, new long[] {5}, bits);
        assertArrayEquals(new float[] {1f, -2f, 0x1p-24f, Float.POSITIVE_INFINITY, 0.33325195f}, half.floats());
    }

    @Test
    void refusesInexactIntegerView() {
        HostArray floats = HostArray.ofFloats(new long[] {1}, 1.5f);
        assertThrows(IllegalStateException.class, floats::longs);
    }

    @Test
    void validatesShapeAndArrayType() {
        assertThrows(IllegalArgumentException.class, () -> HostArray.ofFloats(new long[] {2, 2}, 1f, 2f));
        assertThrows(IllegalArgumentException.class, () -> new HostArray(DType.FLOAT32, new long[] {1}, new double[1]));
        assertEquals(1, HostArray.ofDoubles(new long[0], 7.0).size());
    }

    @Test
    void hasValueSemanticsAndDefensiveShape() {
        long[] shape = {3};
        HostArray a = HostArray.ofLongs(shape, 1, 2, 3);
        shape[0] = 99;
        a.shape()[0] = 42;
        assertArrayEquals(new long[] {3}, a.shape());
        assertEquals(a, HostArray.ofLongs(new long[] {3}, 1, 2, 3));
        assertEquals(a.hashCode(), HostArray.ofLongs(new long[] {3}, 1, 2, 3).hashCode());
        assertNotEquals(a, HostArray.ofLongs(new long[] {3}, 1, 2, 4));
        assertEquals("HostArray[int64[3]]", a.toString());
    }
}
