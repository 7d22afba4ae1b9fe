package org.jaywalk.framework.io;

import static org.jaywalk.framework.io.RawBytes.floats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.spi.io.Zips;
import org.jaywalk.framework.testkit.LiveTorch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PyTorch's legacy (pre-1.6) torch.save format: committed fixtures, hand-built malformed files, live torch. */
class LegacyTorchFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryDtypeViewAndSharedStorageAsNumpyDoes() {
        PthCheckpoint checkpoint = PthReader.read(TorchFixtures.path("small-legacy.pth"));

        Map<String, HostArray> expected = npz(TorchFixtures.path("small-expected.npz"));
        assertEquals(expected.keySet(), checkpoint.tensors().keySet());
        expected.forEach((name, value) -> assertEquals(value, checkpoint.tensors().get(name), name));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(checkpoint.tensors().keySet()));
        assertEquals("model", checkpoint.stateDictKey());
        assertEquals(Map.of("epoch", 7, "args", Map.of("lr", 0.5, "name", "x", "sizes", List.of(1, 2))),
                checkpoint.metadata());
    }

    @Test
    void legacyAndZipFormatsOfOneObjectAgree() {
        PthCheckpoint legacy = PthReader.read(TorchFixtures.path("small-legacy.pth"));
        PthCheckpoint zip = PthReader.read(TorchFixtures.path("small-zip.pth"));

        assertEquals(zip.tensors(), legacy.tensors());
        assertEquals(zip.metadata(), legacy.metadata());
    }

    @Test
    void inspectAndTensorFilesRecognizeTheLegacyFormat() {
        Path file = TorchFixtures.path("small-legacy.pth");

        assertEquals(CheckpointFormat.PYTORCH_LEGACY, CheckpointInspector.inspect(file).format());
        assertEquals("pytorch_legacy", CheckpointInspector.inspect(file).toJson().get("format").asText());
        assertEquals(PthReader.read(file).tensors(), TensorFiles.read(file));
    }

    @Test
    void refusesPickledModule() {
        Path file = TorchFixtures.path("module-legacy.pth");

        UnsafePickleException e = assertThrows(UnsafePickleException.class, () -> PthReader.read(file));

        assertTrue(e.getMessage().startsWith("refusing to load " + file + ": it references torch.nn.modules"),
                e.getMessage());
    }

    @Test
    void refusesEveryTruncationWithAMessageNamingTheFile() throws IOException {
        byte[] whole = Files.readAllBytes(TorchFixtures.path("small-legacy.pth"));
        Path file = dir.resolve("cut.pth");
        for (int length = 1; length < whole.length; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file),
                    "length " + length);
            assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is "), e.getMessage());
        }
    }

    @Test
    void readsBigEndianFiles() throws IOException {
        Path file = new LegacyTorch().order(ByteOrder.BIG_ENDIAN)
                .storage("7", 3, floats(ByteOrder.BIG_ENDIAN, 1.5f, -2f, 3f))
                .write(dir.resolve("big.pth"), stateDict("7", 3, 3));

        assertEquals(Map.of("w", HostArray.ofFloats(new long[] {3}, 1.5f, -2f, 3f)), PthReader.read(file).tensors());
    }

    @Test
    void refusesAPickleWithoutTheMagicNumber() throws IOException {
        Path file = new LegacyTorch().magic(BigInteger.valueOf(42)).write(dir.resolve("m.pth"), stateDict("1", 0, 0));

        assertMessage(file, "is not supported: it is a pickle but not a torch.save file (no magic number)");
    }

    @Test
    void refusesAnotherProtocolVersion() throws IOException {
        Path file = new LegacyTorch().protocol(1000).write(dir.resolve("p.pth"), stateDict("1", 0, 0));

        assertMessage(file, "is not supported: legacy protocol version 1000 (only 1001 is read)");
    }

    @Test
    void refusesStorageLargerThanTheFileBeforeAllocatingIt() throws IOException {
        long huge = 1L << 30;
        Path file = new LegacyTorch().storage("1", huge, floats(1, 2)).write(dir.resolve("h.pth"), stateDict("1", huge, 2));

        assertMessage(file, "storage 1 declares " + huge * 4 + " bytes but only 8 remain");
    }

    @Test
    void refusesElementCountThatDisagreesWithTheTensors() throws IOException {
        Path file = new LegacyTorch().storage("1", 3, floats(1, 2)).write(dir.resolve("c.pth"), stateDict("1", 2, 2));

        assertMessage(file, "storage 1 holds 3 elements but its tensors declare 2");
    }

    @Test
    void refusesStoragesMissingFromOrExtraInTheKeyList() throws IOException {
        Path unlisted = new LegacyTorch().storage("1", 2, floats(1, 2)).keys()
                .write(dir.resolve("u.pth"), stateDict("1", 2, 2));
        Path unreferenced = new LegacyTorch().storage("1", 2, floats(1, 2)).keys("1", "9")
                .write(dir.resolve("x.pth"), stateDict("1", 2, 2));

        assertMessage(unlisted, "storages [1] are referenced but not stored");
        assertMessage(unreferenced, "storage 9 is listed but no tensor refers to it");
    }

    @Test
    void refusesDeclaredStringLongerThanTheFile() throws IOException {
        byte[] pickle = new PickleWriter(2).op('X').op(0xff).op(0xff).op(0xff).op(0x7f).stop();
        Path file = new LegacyTorch().write(dir.resolve("s.pth"), pickle);

        assertMessage(file, "opcode 0x58 declares 2147483647 bytes but only ");
    }

    @Test
    void refusesStorageViewsAndExpandedTensors() throws IOException {
        PickleWriter view = new PickleWriter(2).global("torch._utils", "_rebuild_tensor_v2").mark().mark()
                .string("storage").global("torch", "FloatStorage").string("1").string("cpu").integer(2)
                .mark().string("0").integer(0).integer(1).tuple().tuple().binPersId()
                .integer(0).intTuple(1).intTuple(1).bool(false).emptyDict().tuple().reduce();
        Path viewFile = new LegacyTorch().storage("1", 2, floats(1, 2)).write(dir.resolve("v.pth"), view.stop());
        PickleWriter expanded = new PickleWriter(2).emptyDict().mark().string("w")
                .tensor("FloatStorage", "1", 1, 0, new long[] {1000}, new long[] {0}, true).setItems();
        Path expandedFile = new LegacyTorch().storage("1", 1, floats(1)).write(dir.resolve("e.pth"), expanded.stop());

        assertMessage(viewFile, "storage 1 is a view of another storage (PyTorch before 1.0), which is not supported");
        assertMessage(expandedFile, "a tensor of shape [1000] has more elements than its storage 1 (1)");
    }

    @Test
    void refusesShellCommandWithoutRunningIt() throws IOException {
        Path marker = dir.resolve("pwned");
        byte[] pickle = new PickleWriter(2).global("posix", "system").string("touch " + marker)
                .op(0x85).reduce().stop();
        Path file = new LegacyTorch().write(dir.resolve("evil.pth"), pickle);

        UnsafePickleException e = assertThrows(UnsafePickleException.class, () -> PthReader.read(file));

        assertEquals("posix.system", e.global());
        assertFalse(Files.exists(marker));
    }

    @Test
    void refusesContainersThatContainThemselves() throws IOException {
        // {'model': {'w': tensor}, 'loop': L} where L = [L]
        PickleWriter p = new PickleWriter(2).emptyDict().mark().string("model").emptyDict().mark().string("w")
                .tensor("FloatStorage", "1", 1, 0, new long[] {1}, new long[] {1}, true).setItems()
                .string("loop").op(']').op('q').op(90).op('h').op(90).op('a').setItems();
        Path file = new LegacyTorch().storage("1", 1, floats(1)).write(dir.resolve("loop.pth"), p.stop());

        assertMessage(file, "containers are nested more than 64 levels deep (or contain themselves)");
    }

    @Test
    void matchesLiveTorchForRandomTensorsInBothFormats() {
        LiveTorch.run(TorchFixtures.script(), "live", dir.toString(), "3");

        Map<String, HostArray> expected = npz(dir.resolve("live-expected.npz"));
        for (String name : List.of("live-legacy.pth", "live-zip.pth")) {
            PthCheckpoint checkpoint = PthReader.read(dir.resolve(name));
            assertEquals(expected, checkpoint.tensors(), name);
            assertEquals(3, checkpoint.metadata().get("epoch"));
        }
        assertArrayEquals(new long[] {300, 257}, expected.get("wide_t").shape());
    }

    /** {@code {'model': {'w': tensor of n elements of storage key (numel declared)}}} in the legacy layout. */
    private static byte[] stateDict(String key, long numel, long n) {
        return new PickleWriter(2).emptyDict().mark().string("model").emptyDict().mark().string("w")
                .tensor("FloatStorage", key, numel, 0, new long[] {n}, new long[] {1}, true).setItems().setItems()
                .stop();
    }

    private static void assertMessage(Path file, String part) {
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));
        assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static Map<String, HostArray> npz(Path file) {
        return Zips.withZip(file, FileKind.NPZ, zip -> NpzArchive.readArrays(zip, file, FileKind.NPZ));
    }
}
