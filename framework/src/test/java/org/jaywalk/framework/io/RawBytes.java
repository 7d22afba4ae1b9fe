package org.jaywalk.framework.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Raw little-endian (or big-endian) storage bytes for hand-built test files. */
final class RawBytes {

    private RawBytes() {
    }

    static byte[] floats(float... values) {
        return floats(ByteOrder.LITTLE_ENDIAN, values);
    }

    static byte[] floats(ByteOrder order, float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(order);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    static byte[] doubles(double... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        return b.array();
    }

    static byte[] longs(long... values) {
        return longs(ByteOrder.LITTLE_ENDIAN, values);
    }

    static byte[] longs(ByteOrder order, long... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(order);
        b.asLongBuffer().put(values);
        return b.array();
    }
}
