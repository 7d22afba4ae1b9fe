package org.jaywalk.framework.io;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** LONG1: an arbitrary-size integer. */
    PickleBuilder long1(BigInteger value) {
        byte[] bigEndian = value.toByteArray();
        out.write(0x8a);
        out.write(bigEndian.length);
        for (int i = bigEndian.length - 1; i >= 0; i--) {
            out.write(bigEndian[i]);
        }
        return this;
    }

    /** NEWTRUE or NEWFALSE. */
    PickleBuilder bool(boolean value) {
        return op(value ? 0x88 : 0x89);
    }

    /** NONE. */
    PickleBuilder none() {
        return op('N');
    }

    /** A list of strings: EMPTY_LIST MARK strings APPENDS. */
    PickleBuilder stringList(List<String> values) {
        op(']').mark();
        values.forEach(this::string);
        return op('e');
    }

    /**
     * {@code _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())} with the persistent id
     * {@code ('storage', torch.TYPE, key, 'cpu', numel)}, plus a sixth entry {@code None} (no view) in the legacy
     * format.
     */
    PickleBuilder tensor(String storageType, String key, long numel, long offset, long[] size, long[] stride,
                         boolean legacy) {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().string("storage").global("torch", storageType).string(key).string("cpu").integer((int) numel);
        if (legacy) {
            none();
        }
        tuple().binPersId();
        integer((int) offset).intTuple(size).intTuple(stride).newFalse();
        return global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
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
            integer(Math.toIntExact(v));
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
