package org.jaywalk.plugins.davis.jhmdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jaywalk.plugins.davis.DavisDataException;

/**
 * Reads the numeric arrays of a MATLAB 5 {@code .mat} file (what MATLAB's {@code save} writes by default, {@code -v7},
 * and {@code -v6}; JHMDB's {@code joint_positions.mat}): zlib-compressed or plain variables, either byte order, real
 * numeric classes stored as any numeric type (MATLAB stores whole numbers in small types). Other classes (char,
 * cell, struct, sparse) are skipped; MATLAB 7.3 (HDF5) files are refused naming the file. Writes plain double
 * arrays (for generated data sets).
 */
public final class MatFile {

    private static final int MI_INT8 = 1;
    private static final int MI_UINT8 = 2;
    private static final int MI_INT16 = 3;
    private static final int MI_UINT16 = 4;
    private static final int MI_INT32 = 5;
    private static final int MI_UINT32 = 6;
    private static final int MI_SINGLE = 7;
    private static final int MI_DOUBLE = 9;
    private static final int MI_INT64 = 12;
    private static final int MI_UINT64 = 13;
    private static final int MI_MATRIX = 14;
    private static final int MI_COMPRESSED = 15;
    /** mxCHAR_CLASS .. mxUINT64_CLASS: the numeric classes are 6..15. */
    private static final int FIRST_NUMERIC_CLASS = 6;
    private static final int LAST_NUMERIC_CLASS = 15;
    private static final int COMPLEX_FLAG = 0x800;

    private MatFile() {
    }

    /** The numeric arrays of {@code file}, by name, in file order. */
    public static Map<String, MatArray> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DavisDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length < 128) {
            throw new DavisDataException(file + " is not a MATLAB 5 .mat file (shorter than its 128-byte header)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.order(bytes[126] == 'I' && bytes[127] == 'M' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        String text = new String(bytes, 0, 116, StandardCharsets.ISO_8859_1);
        int version = in.getShort(124) & 0xFFFF;
        if (version != 0x0100 || !(bytes[126] == 'I' && bytes[127] == 'M' || bytes[126] == 'M' && bytes[127] == 'I')) {
            throw new DavisDataException(file + " is not a MATLAB 5 .mat file" + (text.startsWith("MATLAB 7.3")
                    ? " (it is MATLAB 7.3, HDF5: save it with -v7)" : ""));
        }
        Map<String, MatArray> arrays = new LinkedHashMap<>();
        in.position(128);
        try {
            while (in.remaining() >= 8) {
                Element e = Element.next(in);
                ByteBuffer data = e.type == MI_COMPRESSED ? inflate(e.data, in.order()) : e.data;
                Element matrix = e.type == MI_COMPRESSED ? Element.next(data) : e;
                if (matrix.type == MI_MATRIX) {
                    MatArray a = matrix(matrix.data);
                    if (a != null) {
                        arrays.put(a.name(), a);
                    }
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof DavisDataException) {
                throw e;
            }
            throw new DavisDataException(file + " is a damaged MATLAB 5 .mat file: " + e, e);
        }
        return arrays;
    }

    /** The array named {@code name} of {@code file}. */
    public static MatArray read(Path file, String name) {
        MatArray a = read(file).get(name);
        if (a == null) {
            throw new DavisDataException(file + " has no numeric variable '" + name + "'");
        }
        return a;
    }

    /** Writes {@code arrays} as uncompressed double variables of a little-endian MATLAB 5 file. */
    public static void write(Path file, List<MatArray> arrays) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] header = new byte[128];
        java.util.Arrays.fill(header, 0, 116, (byte) ' ');
        byte[] text = "MATLAB 5.0 MAT-file, written by Jaywalk".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, text.length);
        header[124] = 0;
        header[125] = 1;
        header[126] = 'I';
        header[127] = 'M';
        bytes.writeBytes(header);
        for (MatArray a : arrays) {
            byte[] name = a.name().getBytes(StandardCharsets.US_ASCII);
            ByteBuffer body = ByteBuffer.allocate(16 + 8 + padded(4 * a.dimensions().length) + 8 + padded(name.length)
                    + 8 + 8 * a.values().length).order(ByteOrder.LITTLE_ENDIAN);
            body.putInt(MI_UINT32).putInt(8).putInt(FIRST_NUMERIC_CLASS).putInt(0);
            body.putInt(MI_INT32).putInt(4 * a.dimensions().length);
            for (int d : a.dimensions()) {
                body.putInt(d);
            }
            body.position(body.position() + padded(4 * a.dimensions().length) - 4 * a.dimensions().length);
            body.putInt(MI_INT8).putInt(name.length).put(name);
            body.position(body.position() + padded(name.length) - name.length);
            body.putInt(MI_DOUBLE).putInt(8 * a.values().length);
            for (double v : a.values()) {
                body.putDouble(v);
            }
            ByteBuffer tag = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(MI_MATRIX).putInt(body.capacity());
            bytes.writeBytes(tag.array());
            bytes.writeBytes(body.array());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new DavisDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static int padded(int size) {
        return (size + 7) & ~7;
    }

    /** One data element: its type and its data (a view, in the file's byte order). */
    private record Element(int type, ByteBuffer data) {

        static Element next(ByteBuffer in) {
            int first = in.getInt();
            int type;
            int size;
            boolean small = (first >>> 16) != 0;
            if (small) {
                type = first & 0xFFFF;
                size = first >>> 16;
            } else {
                type = first;
                size = in.getInt();
            }
            ByteBuffer data = in.slice(in.position(), size).order(in.order());
            int padded = small ? 4 : type == MI_COMPRESSED ? size : (size + 7) & ~7;
            in.position(Math.min(in.limit(), in.position() + padded));
            return new Element(type, data);
        }
    }

    private static ByteBuffer inflate(ByteBuffer compressed, ByteOrder order) {
        byte[] input = new byte[compressed.remaining()];
        compressed.get(input);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(input.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return ByteBuffer.wrap(out.toByteArray()).order(order);
        } catch (DataFormatException e) {
            throw new IllegalStateException("bad compressed variable: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** The array of a miMATRIX element, or null if it is not real and numeric. */
    private static MatArray matrix(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null; // an empty matrix element
        }
        ByteBuffer flags = Element.next(in).data;
        int flagWord = flags.getInt(0);
        int mxClass = flagWord & 0xFF;
        ByteBuffer dims = Element.next(in).data;
        int[] dimensions = new int[dims.remaining() / 4];
        for (int i = 0; i < dimensions.length; i++) {
            dimensions[i] = dims.getInt(4 * i);
        }
        ByteBuffer nameData = Element.next(in).data;
        byte[] nameBytes = new byte[nameData.remaining()];
        nameData.get(nameBytes);
        String name = new String(nameBytes, StandardCharsets.UTF_8);
        if (mxClass < FIRST_NUMERIC_CLASS || mxClass > LAST_NUMERIC_CLASS || (flagWord & COMPLEX_FLAG) != 0) {
            return null;
        }
        Element real = Element.next(in);
        return new MatArray(name, dimensions, numbers(real.type, real.data));
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
    }

    private static double[] numbers(int type, ByteBuffer b) {
        int width = switch (type) {
            case MI_INT8, MI_UINT8 -> 1;
            case MI_INT16, MI_UINT16 -> 2;
            case MI_INT32, MI_UINT32, MI_SINGLE -> 4;
            case MI_DOUBLE, MI_INT64, MI_UINT64 -> 8;
            default -> throw new IllegalStateException("numeric data of unknown type " + type);
        };
        double[] out = new double[b.remaining() / width];
        for (int i = 0; i < out.length; i++) {
            int at = i * width;
            out[i] = switch (type) {
                case MI_INT8 -> b.get(at);
                case MI_UINT8 -> b.get(at) & 0xFF;
                case MI_INT16 -> b.getShort(at);
                case MI_UINT16 -> b.getShort(at) & 0xFFFF;
                case MI_INT32 -> b.getInt(at);
                case MI_UINT32 -> b.getInt(at) & 0xFFFFFFFFL;
                case MI_SINGLE -> b.getFloat(at);
                case MI_INT64 -> b.getLong(at);
                case MI_UINT64 -> unsigned(b.getLong(at));
                default -> b.getDouble(at);
            };
        }
        return out;
    }
}
