package org.jaywalk.framework.spi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpyFormatTest {

    private static final List<HostArray> SAMPLES = List.of(
            HostArray.ofFloats(new long[] {2, 3}, 1, 2, 3, 4, 5, 6),
            HostArray.ofDoubles(new long[0], Math.PI),
            HostArray.ofLongs(new long[] {1}, Long.MIN_VALUE),
            HostArray.ofInts(new long[] {2, 0}),
            HostArray.ofBooleans(new long[] {3}, true, false, true),
            new HostArray(DType.UINT8, new long[] {2}, new byte[] {7, -1}),
            new HostArray(DType.FLOAT16, new long[] {1}, new short[] {0x3c00}));

    @Test
    void roundTripsEveryType() {
        for (HostArray a : SAMPLES) {
            assertEquals(a, NpyFormat.decode(NpyFormat.encode(a)), a.toString());
        }
    }

    @Test
    void writesVersion1HeaderAlignedTo64Bytes() {
        byte[] npy = NpyFormat.encode(SAMPLES.get(0));
        int headerLength = ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        String header = new String(npy, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertEquals(0, (10 + headerLength) % 64);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertTrue(header.endsWith("\n"));
        assertEquals(1, npy[6]);
    }

    @Test
    void readsFortranOrderAndBigEndian() {
        // 2x3 matrix [[1,2,3],[4,5,6]] stored column-major, big-endian float64
        ByteBuffer data = ByteBuffer.allocate(48).order(ByteOrder.BIG_ENDIAN);
        for (double v : new double[] {1, 4, 2, 5, 3, 6}) {
            data.putDouble(v);
        }
        byte[] npy = handWritten("{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }", data.array());
        assertEquals(HostArray.ofDoubles(new long[] {2, 3}, 1, 2, 3, 4, 5, 6), NpyFormat.decode(npy));
    }

    @Test
    void reportsTruncatedData() {
        byte[] npy = NpyFormat.encode(SAMPLES.get(0));
        FormatException e = assertThrows(FormatException.class,
                () -> NpyFormat.decode(Arrays.copyOf(npy, npy.length - 1)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertThrows(FormatException.class, () -> NpyFormat.decode(new byte[] {1, 2, 3}));
    }

    @Test
    void reportsUnsupportedTypes() {
        byte[] npy = handWritten("{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }", new byte[12]);
        assertThrows(UnsupportedOperationException.class, () -> NpyFormat.decode(npy));
    }

    private static byte[] handWritten(String dict, byte[] data) {
        String header = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        ByteBuffer out = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        return out.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
    }
}
