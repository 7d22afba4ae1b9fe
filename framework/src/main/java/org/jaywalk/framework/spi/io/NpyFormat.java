package org.jaywalk.framework.spi.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The NumPy {@code .npy} format: reads versions 1.0 to 3.0 (any byte order, C or Fortran order) and writes
 * version 1.0, little-endian, C order, with the header padded to 64 bytes as NumPy does.
 */
final class NpyFormat {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=]?)([^']+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFormat() {
    }

    /**
     * Decodes a whole {@code .npy} file.
     *
     * @throws FormatException if the bytes are not a complete {@code .npy} file
     * @throws UnsupportedOperationException if the element type has no {@link DType}
     */
    static HostArray decode(byte[] npy) {
        ByteBuffer buf = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        int headerStart = checkPrefix(buf);
        long headerLength = headerStart == 10 ? Short.toUnsignedInt(buf.getShort(8))
                : Integer.toUnsignedLong(buf.getInt(8));
        require(headerLength <= npy.length - headerStart, "the header is truncated: it declares " + headerLength
                + " bytes, " + (npy.length - headerStart) + " follow");
        Header header = Header.parse(new String(npy, headerStart, (int) headerLength,
                npy[6] == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        int dataStart = headerStart + (int) headerLength;
        long bytes = dataBytes(header);
        require(npy.length - dataStart >= bytes, "the data is truncated: " + bytes + " bytes expected, "
                + (npy.length - dataStart) + " found");
        long count = bytes / header.dtype.itemSize();
        ByteBuffer data = buf.slice(dataStart, (int) bytes).order(header.order);
        if (header.fortranOrder) {
            data = Strides.gather(data, header.dtype.itemSize(), 0, header.shape, Strides.fortranOrder(header.shape));
        }
        return new HostArray(header.dtype, header.shape, header.dtype.decode(data, (int) count));
    }

    /** Encodes {@code array} as a version 1.0 {@code .npy} file (little-endian, C order). */
    static byte[] encode(HostArray array) {
        byte[] header = Header.format(array.dtype(), array.shape());
        int dataBytes = array.size() * array.dtype().itemSize();
        ByteBuffer out = ByteBuffer.allocate(10 + header.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length).put(header);
        array.dtype().encode(array.data(), out);
        return out.array();
    }

    /** The data size the header declares, in exact arithmetic. */
    private static long dataBytes(Header header) {
        try {
            return Math.multiplyExact(HostArray.elementCount(header.shape), header.dtype.itemSize());
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new FormatException("bad shape " + Arrays.toString(header.shape) + " (" + e.getMessage() + ")");
        }
    }

    private static int checkPrefix(ByteBuffer buf) {
        require(buf.limit() >= 12 && buf.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC)),
                "no NPY magic string at the start");
        int major = buf.get(6);
        require(major >= 1 && major <= 3, "unknown NPY format version " + major);
        return major == 1 ? 10 : 12;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new FormatException(problem);
        }
    }

    /** The parsed header dictionary. */
    private record Header(DType dtype, ByteOrder order, boolean fortranOrder, long[] shape) {

        static Header parse(String text) {
            Matcher descr = find(DESCR, text);
            DType dtype = dtypeOf(descr.group(2));
            ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN
                    : descr.group(1).equals("=") ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN;
            boolean fortran = find(FORTRAN, text).group(1).equals("True");
            return new Header(dtype, order, fortran, parseShape(find(SHAPE, text).group(1)));
        }

        static byte[] format(DType dtype, long[] shape) {
            String dict = "{'descr': '" + (dtype.itemSize() == 1 ? "|" : "<") + dtype.numpyCode()
                    + "', 'fortran_order': False, 'shape': " + shapeTuple(shape) + ", }";
            int padded = (10 + dict.length() + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT - 10;
            if (padded > 0xffff) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " is too long for an NPY header");
            }
            return (dict + " ".repeat(padded - dict.length() - 1) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        }

        private static Matcher find(Pattern pattern, String text) {
            Matcher m = pattern.matcher(text);
            require(m.find(), "the header " + text.strip() + " has no valid " + pattern.pattern().split("'")[1]);
            return m;
        }

        private static DType dtypeOf(String code) {
            try {
                return DType.fromNumpyCode(code);
            } catch (IllegalArgumentException e) {
                throw new UnsupportedOperationException(e.getMessage(), e);
            }
        }

        private static long[] parseShape(String tuple) {
            try {
                return Arrays.stream(tuple.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .mapToLong(s -> Long.parseLong(s.endsWith("L") ? s.substring(0, s.length() - 1) : s))
                        .toArray();
            } catch (NumberFormatException e) {
                throw new FormatException("bad shape (" + tuple + ")");
            }
        }

        private static String shapeTuple(long[] shape) {
            String inner = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
            return "(" + inner + (shape.length == 1 ? ",)" : ")");
        }
    }
}
