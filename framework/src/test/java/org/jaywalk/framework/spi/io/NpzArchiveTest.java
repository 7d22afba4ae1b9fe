package org.jaywalk.framework.spi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.jaywalk.framework.io.ReferenceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzArchiveTest {

    @TempDir
    Path dir;

    @Test
    void readsReferenceVectors() {
        Map<String, HostArray> arrays = NpzArchive.readAll(ReferenceFiles.require("train-palindrome.npz"));

        assertEquals(321, arrays.size());
        HostArray x = arrays.get("x");
        assertEquals(DType.FLOAT32, x.dtype());
        assertArrayEquals(new long[] {2, 4, 12, 32, 32}, x.shape());
        assertArrayEquals(new float[] {-0.7053975462913513f, -1.0867562294006348f, -0.6015806198120117f},
                Arrays.copyOf(x.floats(), 3));
        assertEquals(1.2865042499840098, arrays.get("loss").doubles()[0], 0.0);
        HostArray grad = arrays.get("grad:encoder.model.conv1.weight");
        assertEquals(DType.FLOAT64, grad.dtype());
        assertArrayEquals(new long[] {64, 3, 7, 7}, grad.shape());
        assertEquals(-0.1113596830139806, grad.doubles()[0], 0.0);
        assertEquals(DType.FLOAT64, arrays.get("tol:q").dtype());
    }

    @Test
    void readsInt64EntryAlone() {
        HostArray targets = NpzArchive.read(ReferenceFiles.require("train-sinkhorn.npz"), "target:sk_1_targets");
        assertEquals(DType.INT64, targets.dtype());
        assertArrayEquals(new long[] {1, 1, 2, 0, 0, 1, 2, 3}, targets.longs());
    }

    @Test
    void roundTripsAndListsNamesInOrder() {
        Map<String, HostArray> arrays = new LinkedHashMap<>();
        arrays.put("tol:q", HostArray.ofDoubles(new long[0], 1e-5));
        arrays.put("grad:encoder.model.conv1.weight", HostArray.ofFloats(new long[] {1, 2}, 1f, -1f));
        arrays.put("mask", HostArray.ofBooleans(new long[] {2}, true, false));
        Path file = dir.resolve("out.npz");

        NpzArchive.write(file, arrays);

        assertEquals(arrays, NpzArchive.readAll(file));
        assertEquals(List.copyOf(arrays.keySet()), NpzArchive.names(file));
    }

    @Test
    void namesMissingArray() {
        Path file = dir.resolve("one.npz");
        NpzArchive.write(file, Map.of("a", HostArray.ofLongs(new long[] {1}, 1)));
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> NpzArchive.read(file, "b"));
        assertTrue(e.getMessage().contains("has no array 'b'") && e.getMessage().contains("[a]"), e.getMessage());
    }

    @Test
    void hostileNpyHeadersAreCorruptEntriesOfTheNamedFile() throws IOException {
        byte[] hugeHeader = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)
                .put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(0x7fffffff)
                .put("{'descr': '<f4', ".getBytes(StandardCharsets.ISO_8859_1)).array();
        String negative = "{'descr': '<f4', 'fortran_order': False, 'shape': (-2, 3), }\n";
        byte[] negativeShape = ByteBuffer.allocate(10 + negative.length()).order(ByteOrder.LITTLE_ENDIAN)
                .put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) negative.length())
                .put(negative.getBytes(StandardCharsets.ISO_8859_1)).array();
        Map<byte[], String> problems = Map.of(hugeHeader, "the header is truncated: it declares 2147483647 bytes, 28 follow",
                negativeShape, "bad shape [-2, 3] (negative dimension in shape [-2, 3])");
        for (Map.Entry<byte[], String> problem : problems.entrySet()) {
            Path file = dir.resolve("hostile.npz");
            AtomicFiles.write(file, FileKind.NPZ, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    Zips.putStored(zip, "x.npy", problem.getKey());
                }
            });
            JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> NpzArchive.readAll(file));
            assertEquals("NPZ file " + file + " is truncated or corrupt (entry x.npy: " + problem.getValue()
                    + "): re-create it or copy it again", e.getMessage());
        }
    }

    @Test
    void reportsMissingFile() {
        Path file = dir.resolve("nope.npz");
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> NpzArchive.readAll(file));
        assertEquals("NPZ file " + file + " does not exist: check the path", e.getMessage());
    }

    @Test
    void reportsTruncatedFile() throws IOException {
        Path file = ReferenceFiles.truncatedCopy(ReferenceFiles.require("train-palindrome.npz"), dir, 5000);
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> NpzArchive.readAll(file));
        assertTrue(e.getMessage().startsWith("NPZ file " + file + " is truncated or corrupt ("), e.getMessage());
    }

    @Test
    void reportsCorruptEntry() throws IOException {
        Path file = dir.resolve("bad.npz");
        NpzArchive.write(file, Map.of("a", HostArray.ofLongs(new long[] {1}, 1)));
        byte[] bytes = Files.readAllBytes(file);
        bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("NUMPY")] = 'X'; // break the entry's magic
        Files.write(file, bytes);
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> NpzArchive.readAll(file));
        assertTrue(e.getMessage().contains("entry a.npy"), e.getMessage());
    }
}
