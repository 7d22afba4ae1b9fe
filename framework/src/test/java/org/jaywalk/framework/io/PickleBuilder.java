package org.jaywalk.framework.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes pickle opcodes by hand, to build test pickles without Python. */
final class PickleBuilder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PickleBuilder(int protocol) {
        out.write(0x80);
        out.write(protocol);
    }

    /** GLOBAL: push {@code module.name} (protocol 0-2 form). */
    PickleBuilder global(String module, String name) {
        out.write('c');
        ascii(module + "\n" + name + "\n");
        return this;
    }

    /** MARK, then INST: call {@code module.name} with no arguments (protocol 0 form). */
    PickleBuilder inst(String module, String name) {
        mark();
        out.write('i');
        ascii(module + "\n" + name + "\n");
        return this;
    }

    /** STACK_GLOBAL with the two strings pushed first (protocol 4 form). */
    PickleBuilder stackGlobal(String module, String name) {
        return string(module).string(name).op(0x93);
    }

    /** BINUNICODE. */
    PickleBuilder string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        int32(utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    /** BININT. */
    PickleBuilder integer(int value) {
        out.write('J');
        int32(value);
        return this;
    }

    /** BINFLOAT. */
    PickleBuilder real(double value) {
        out.write('G');
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putDouble(value).array());
        return this;
    }

    /** A tuple of integers: MARK ints TUPLE. */
    PickleBuilder intTuple(long... values) {
        mark();
        for (long v : values) {
            if (v == (int) v) {
                integer((int) v);
            } else {
                op(0x8a).op(8); // LONG1: 8 bytes, little-endian two's complement
                out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
            }
        }
        return op('t');
    }

    PickleBuilder mark() {
        return op('(');
    }

    PickleBuilder tuple() {
        return op('t');
    }

    PickleBuilder emptyTuple() {
        return op(')');
    }

    PickleBuilder emptyDict() {
        return op('}');
    }

    PickleBuilder setItems() {
        return op('u');
    }

    PickleBuilder reduce() {
        return op('R');
    }

    PickleBuilder newObj() {
        return op(0x81);
    }

    PickleBuilder build() {
        return op('b');
    }

    PickleBuilder binPersId() {
        return op('Q');
    }

    PickleBuilder newFalse() {
        return op(0x89);
    }

    /** A raw opcode byte. */
    PickleBuilder op(int opcode) {
        out.write(opcode);
        return this;
    }

    /** STOP, and the finished pickle. */
    byte[] stop() {
        out.write('.');
        return out.toByteArray();
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private void int32(int value) {
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }
}
