package org.jaywalk.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.testkit.FloatBits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PthWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatTheReaderReadsBackBitForBit() {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        tensors.put("w", HostArray.ofFloats(new long[] {2, 3}, -0f, Float.MIN_VALUE, Float.MAX_VALUE,
                Float.intBitsToFloat(0x7fc00123), Float.NEGATIVE_INFINITY, 1.1f));
        tensors.put("scalar", HostArray.ofFloats(new long[0], 5f));
        tensors.put("empty", HostArray.ofFloats(new long[] {0, 4}));
        tensors.put("d", HostArray.ofDoubles(new long[] {2}, Math.PI, -1e-300));
        tensors.put("n", HostArray.ofLongs(new long[0], Long.MIN_VALUE));
        tensors.put("i", HostArray.ofInts(new long[] {2}, -7, 1 << 30));
        Path file = dir.resolve("w.pth");

        PthWriter.write(file, tensors, 41);

        PthCheckpoint back = PthReader.read(file);
        assertEquals(tensors, back.tensors());
        assertArrayEquals(FloatBits.of(tensors.get("w").floats()), FloatBits.of(back.tensors().get("w").floats()));
        assertEquals(Map.of("epoch", 41), back.metadata());
        assertEquals("model", back.stateDictKey());
    }

    @Test
    void storesEveryEntryUncompressedWithItsDataAlignedTo64Bytes() throws IOException {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            tensors.put("layer" + i + ".weight", HostArray.ofFloats(new long[] {i + 1}, new float[i + 1]));
        }
        Path file = dir.resolve("a.pth");
        PthWriter.write(file, tensors, 0);

        List<String> names = new ArrayList<>();
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; zip.getInt(at) == 0x04034b50; ) {
            int method = zip.getShort(at + 8);
            int size = zip.getInt(at + 18);
            int nameLength = zip.getShort(at + 26);
            int extraLength = zip.getShort(at + 28);
            names.add(new String(zip.array(), at + 30, nameLength, StandardCharsets.UTF_8));
            int data = at + 30 + nameLength + extraLength;
            assertEquals(0, method, names.get(names.size() - 1) + " is stored");
            assertEquals(0, data % 64, names.get(names.size() - 1) + " starts at " + data);
            at = data + size;
        }
        assertEquals(List.of("archive/data.pkl", "archive/data/0", "archive/data/1", "archive/data/2", "archive/data/3",
                "archive/data/4", "archive/version", "archive/byteorder"), names);
    }

    @Test
    void videowalkStateDictKeepsTheModelAndAddsBatchNormCounters() {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        for (String name : List.of("encoder.model.bn1.weight", "encoder.model.bn1.running_mean",
                "encoder.model.bn1.running_var", "encoder.model.bn1.weight.adam_m", "selfsim_fc.0.weight", "adam.step",
                "selfsim_fc.0.weight-momentum", "extra.tensor")) {
            tensors.put(name, HostArray.ofFloats(new long[] {1}, 1f));
        }

        VideowalkStateDict.Export export = VideowalkStateDict.of(tensors, Set.of("selfsim_fc.0.weight-momentum"), 9);

        assertEquals(List.of("encoder.model.bn1.weight", "encoder.model.bn1.running_mean",
                "encoder.model.bn1.running_var", "encoder.model.bn1.num_batches_tracked", "selfsim_fc.0.weight"),
                List.copyOf(export.stateDict().keySet()));
        assertEquals(HostArray.ofLongs(new long[0], 9), export.stateDict().get("encoder.model.bn1.num_batches_tracked"));
        assertEquals(List.of("encoder.model.bn1.weight.adam_m", "adam.step", "selfsim_fc.0.weight-momentum",
                "extra.tensor"), export.notExported());
    }
}
