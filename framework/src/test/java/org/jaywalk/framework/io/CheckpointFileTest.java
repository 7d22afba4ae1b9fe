package org.jaywalk.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.testing.ZipDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsTensorsAndMetadata() {
        Path file = dir.resolve("step-10.ckpt");
        Map<String, HostArray> tensors = sampleTensors();
        ObjectNode meta = meta(10);
        meta.put("config", "train { lr = 1e-4 }");

        CheckpointFile.write(file, tensors, meta);
        Checkpoint read = CheckpointFile.read(file);

        assertEquals(tensors, read.tensors());
        assertEquals(List.copyOf(tensors.keySet()), List.copyOf(read.tensors().keySet()));
        assertEquals(meta, read.meta());
    }

    @Test
    void tensorEntriesAreAPlainNpz() {
        Path file = dir.resolve("a.ckpt");
        CheckpointFile.write(file, sampleTensors(), meta(1));
        assertEquals(sampleTensors(), NpzArchive.readAll(file));
    }

    @Test
    void replacesExistingCheckpointAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("last.ckpt");
        CheckpointFile.write(file, sampleTensors(), meta(1));
        CheckpointFile.write(file, sampleTensors(), meta(2));
        assertEquals(2, CheckpointFile.read(file).meta().get("step").asInt());
        assertEquals(List.of(file), listDir());
    }

    @Test
    void interruptedSaveKeepsLastGoodCheckpoint() throws IOException {
        Path file = dir.resolve("last.ckpt");
        CheckpointFile.write(file, sampleTensors(), meta(1));

        assertThrows(IllegalStateException.class, () -> CheckpointFile.write(file, failingAfterFirst(), meta(2)));

        assertEquals(1, CheckpointFile.read(file).meta().get("step").asInt());
        assertEquals(List.of(file), listDir());
    }

    @Test
    void reportsTruncatedCheckpoint() throws IOException {
        Path good = dir.resolve("good.ckpt");
        CheckpointFile.write(good, sampleTensors(), meta(1));
        Path file = ReferenceFiles.truncatedCopy(good, dir, (int) Files.size(good) - 10);

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> CheckpointFile.read(file));

        assertTrue(e.getMessage().startsWith("checkpoint " + file + " is truncated or corrupt ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("): delete it or resume from an earlier checkpoint"), e.getMessage());
    }

    @Test
    void aFlippedByteFailsTheEntrysCrc() throws IOException {
        Path file = dir.resolve("flipped.ckpt");
        CheckpointFile.write(file, sampleTensors(), meta(1));
        ZipDamage.flipLastByte(file, "conv1.weight.npy");

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> CheckpointFile.read(file));

        assertTrue(e.getMessage().startsWith("checkpoint " + file + " is truncated or corrupt (entry"
                + " encoder.model.conv1.weight.npy fails its CRC-32 check: the archive records "), e.getMessage());
    }

    @Test
    void refusesPlainNpzAndMissingFile() {
        Path npz = dir.resolve("plain.npz");
        NpzArchive.write(npz, sampleTensors());
        JaywalkIoException notCheckpoint = assertThrows(JaywalkIoException.class, () -> CheckpointFile.read(npz));
        assertTrue(notCheckpoint.getMessage().contains("no " + CheckpointFile.META_ENTRY), notCheckpoint.getMessage());

        Path missing = dir.resolve("missing.ckpt");
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> CheckpointFile.read(missing));
        assertEquals("checkpoint " + missing + " does not exist: check the path", e.getMessage());
    }

    static Map<String, HostArray> sampleTensors() {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        tensors.put("encoder.model.conv1.weight", HostArray.ofFloats(new long[] {2, 1, 1, 2}, 0.5f, -1f, 2f, 1e-8f));
        tensors.put("encoder.model.bn1.num_batches_tracked", HostArray.ofLongs(new long[0], 7));
        tensors.put("adam:m:selfsim_fc.0.bias", HostArray.ofFloats(new long[] {3}, 1f, 2f, 3f));
        return tensors;
    }

    static ObjectNode meta(int step) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.put("step", step).put("epoch", 0);
        return meta;
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** A map whose iteration fails after the first tensor, like a crash in the middle of a save. */
    private static Map<String, HostArray> failingAfterFirst() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, HostArray>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, HostArray>> iterator() {
                        Stream<Entry<String, HostArray>> crash = Stream.generate(() -> {
                            throw new IllegalStateException("simulated crash while saving");
                        });
                        return Stream.concat(sampleTensors().entrySet().stream().limit(1), crash).iterator();
                    }

                    @Override
                    public int size() {
                        return 3;
                    }
                };
            }
        };
    }
}
