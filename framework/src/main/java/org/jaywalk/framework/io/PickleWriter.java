package org.jaywalk.framework.io;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes pickle opcodes one by one (protocol 2, plus the few later ones tests need to build hostile pickles), as
 * Python's pickler emits them for the plain data of a {@code torch.save} file: no code is ever referenced but
 * the globals the caller names.
 */
final class PickleWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a pickle with PROTO {@code protocol}. */
    PickleWriter(int protocol) {
        out.write(0x80);
        out.write(protocol);
    }

    /** GLOBAL: push {@code module.name} (protocol 0-2 form). */
    PickleWriter global(String module, String name) {
        out.write('c');
        ascii(module + "\n" + name + "\n");
        return this;
    }

    /** MARK, then INST: call {@code module.name} with no arguments (protocol 0 form). */
    PickleWriter inst(String module, String name) {
        mark();
        out.write('i');
        ascii(module + "\n" + name + "\n");
        return this;
    }

    /** STACK_GLOBAL with the two strings pushed first (protocol 4 form). */
    PickleWriter stackGlobal(String module, String name) {
        return string(module).string(name).op(0x93);
    }

    /** BINUNICODE. */
    PickleWriter string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        int32(utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    /** The shortest of BININT1, BININT2, BININT and LONG1 that holds {@code value}. */
    PickleWriter integer(long value) {
        if (value >= 0 && value < 0x100) {
            out.write('K');
            out.write((int) value);
        } else if (value >= 0 && value < 0x10000) {
            out.write('M');
            out.write((int) value & 0xff);
            out.write((int) (value >>> 8));
        } else if (value == (int) value) {
            out.write('J');
            int32((int) value);
        } else {
            long1(BigInteger.valueOf(value));
        }
        return this;
    }

    /** LONG1: an arbitrary-size integer, little-endian two's complement. */
    PickleWriter long1(BigInteger value) {
        byte[] bigEndian = value.toByteArray();
        out.write(0x8a);
        out.write(bigEndian.length);
        for (int i = bigEndian.length - 1; i >= 0; i--) {
            out.write(bigEndian[i]);
        }
        return this;
    }

    /** BINFLOAT. */
    PickleWriter real(double value) {
        out.write('G');
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putDouble(value).array());
        return this;
    }

    /** NEWTRUE or NEWFALSE. */
    PickleWriter bool(boolean value) {
        return op(value ? 0x88 : 0x89);
    }

    /** NONE. */
    PickleWriter none() {
        return op('N');
    }

    /** A tuple of integers: MARK ints TUPLE. */
    PickleWriter intTuple(long... values) {
        mark();
        for (long v : values) {
            integer(v);
        }
        return op('t');
    }

    /** A list of strings: EMPTY_LIST MARK strings APPENDS. */
    PickleWriter stringList(List<String> values) {
        op(']').mark();
        values.forEach(this::string);
        return op('e');
    }

    /**
     * {@code _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())} with the persistent id
     * {@code ('storage', torch.TYPE, key, 'cpu', numel)}, plus a sixth entry {@code None} (no view) in the legacy
     * format: a tensor as {@code torch.save} pickles it.
     */
    PickleWriter tensor(String storageType, String key, long numel, long offset, long[] size, long[] stride,
                        boolean legacy) {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().string("storage").global("torch", storageType).string(key).string("cpu").integer(numel);
        if (legacy) {
            none();
        }
        tuple().binPersId();
        integer(offset).intTuple(size).intTuple(stride).bool(false);
        return global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
    }

    PickleWriter mark() {
        return op('(');
    }

    PickleWriter tuple() {
        return op('t');
    }

    PickleWriter emptyTuple() {
        return op(')');
    }

    PickleWriter emptyDict() {
        return op('}');
    }

    PickleWriter setItems() {
        return op('u');
    }

    PickleWriter reduce() {
        return op('R');
    }

    PickleWriter newObj() {
        return op(0x81);
    }

    PickleWriter build() {
        return op('b');
    }

    PickleWriter binPersId() {
        return op('Q');
    }

    /** A raw opcode byte. */
    PickleWriter op(int opcode) {
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
