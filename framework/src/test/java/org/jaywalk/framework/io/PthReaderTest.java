package org.jaywalk.framework.io;

import static org.jaywalk.framework.io.RawBytes.doubles;
import static org.jaywalk.framework.io.RawBytes.floats;
import static org.jaywalk.framework.io.RawBytes.longs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.testing.ZipDamage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PthReaderTest {

    private static PthCheckpoint reference;

    @TempDir
    Path dir;

    /** The videowalk checkpoint, read once for all tests. */
    private static PthCheckpoint reference() {
        Path file = ReferenceFiles.require("crw-resnet18.pth");
        if (reference == null) {
            reference = PthReader.read(file);
        }
        return reference;
    }

    @Test
    void readsVideowalkCheckpoint() {
        PthCheckpoint checkpoint = reference();

        Map<String, HostArray> tensors = checkpoint.tensors();
        assertEquals("model", checkpoint.stateDictKey());
        assertEquals(122, tensors.size());
        assertEquals(List.of("encoder.model.conv1.weight", "encoder.model.bn1.weight"),
                tensors.keySet().stream().limit(2).toList());
        HostArray conv1 = tensors.get("encoder.model.conv1.weight");
        assertEquals(DType.FLOAT32, conv1.dtype());
        assertArrayEquals(new long[] {64, 3, 7, 7}, conv1.shape());
        // first values of the raw storage, as numpy reads them
        assertArrayEquals(new float[] {0.024109674617648125f, 0.007528774905949831f}, Arrays.copyOf(conv1.floats(), 2));
        assertArrayEquals(new long[] {128, 512}, tensors.get("selfsim_fc.0.weight").shape());
        assertEquals(-0.043091390281915665f, tensors.get("selfsim_fc.0.bias").floats()[1]);
        assertEquals(11_251_796L, tensors.values().stream().mapToLong(HostArray::size).sum());
    }

    @Test
    void videowalkTensorsAreFiniteAndCountersAreInt64Scalars() {
        PthCheckpoint checkpoint = reference();

        List<HostArray> counters = checkpoint.tensors().entrySet().stream()
                .filter(e -> e.getKey().endsWith("num_batches_tracked")).map(Map.Entry::getValue).toList();
        assertEquals(20, counters.size());
        for (HostArray counter : counters) {
            assertEquals(DType.INT64, counter.dtype());
            assertEquals(0, counter.rank());
            assertArrayEquals(new long[] {1}, counter.longs());
        }
        checkpoint.tensors().forEach((name, t) -> {
            if (!name.endsWith("num_batches_tracked")) {
                assertEquals(DType.FLOAT32, t.dtype(), name);
                assertTrue(Arrays.stream(t.doubles()).allMatch(Double::isFinite), name);
            }
        });
    }

    @Test
    void videowalkMetadataHasEpochAndArgs() {
        PthCheckpoint checkpoint = reference();

        assertEquals(List.of("epoch", "args"), List.copyOf(checkpoint.metadata().keySet()));
        assertEquals(3, checkpoint.metadata().get("epoch"));
        Map<?, ?> args = (Map<?, ?>) checkpoint.metadata().get("args");
        assertEquals("scratch", args.get("model_type"));
        assertEquals(0.05, args.get("temp"));
        assertEquals(4, args.get("clip_len"));
        assertEquals("grid", args.get("frame_aug"));
    }

    @Test
    void honorsOffsetsStridesAndStorageTypes() throws IOException {
        Path file = syntheticCheckpoint();

        PthCheckpoint checkpoint = PthReader.read(file);

        Map<String, HostArray> tensors = checkpoint.tensors();
        assertEquals(HostArray.ofFloats(new long[] {3, 2}, 0, 3, 1, 4, 2, 5), tensors.get("transposed"));
        assertEquals(HostArray.ofFloats(new long[] {2}, 1, 3), tensors.get("offset"));
        assertEquals(HostArray.ofDoubles(new long[] {2}, 1.5, 2.5), tensors.get("parameter"));
        assertEquals(HostArray.ofLongs(new long[0], 42), tensors.get("num_batches_tracked"));
        assertEquals(List.of("transposed", "offset", "parameter", "num_batches_tracked"),
                List.copyOf(tensors.keySet()));
        assertEquals(Map.of("epoch", 3, "args", Map.of("lr", 0.5, "name", "x", "sizes", List.of(1, 2))),
                checkpoint.metadata());
    }

    @Test
    void readsBareStateDict() throws IOException {
        PickleWriter p = new PickleWriter(2).global("collections", "OrderedDict").emptyTuple().reduce().mark();
        p.string("w");
        p.tensor("FloatStorage", "0", 2, 0, new long[] {2}, new long[] {1}, false);
        byte[] pickle = p.setItems().stop();
        Path file = new TorchZip().storage("0", floats(7, 8)).write(dir.resolve("bare.pth"), pickle);

        PthCheckpoint checkpoint = PthReader.read(file);

        assertEquals("", checkpoint.stateDictKey());
        assertEquals(Map.of("w", HostArray.ofFloats(new long[] {2}, 7, 8)), checkpoint.tensors());
        assertTrue(checkpoint.metadata().isEmpty());
    }

    @Test
    void refusesShellCommandWithoutRunningIt() throws IOException {
        Path marker = dir.resolve("pwned");
        byte[] pickle = new PickleWriter(2).global("posix", "system").string("touch " + marker)
                .op(0x85).reduce().stop();
        Path file = new TorchZip().write(dir.resolve("evil.pth"), pickle);

        UnsafePickleException e = assertThrows(UnsafePickleException.class, () -> PthReader.read(file));

        assertEquals("refusing to load " + file + ": it references posix.system, which is not on Jaywalk's"
                + " allow-list of checkpoint types", e.getMessage());
        assertEquals("posix.system", e.global());
        assertFalse(marker.toFile().exists());
    }

    @ParameterizedTest
    @CsvSource({"os, system", "builtins, eval", "subprocess, Popen", "torch.storage, _load_from_bytes",
            "copy_reg, _reconstructor", "datetime, datetime", "builtins, bytearray", "__builtin__, set"})
    void refusesEveryGlobalNotOnTheAllowList(String module, String name) throws IOException {
        byte[] viaGlobal = new PickleWriter(2).global(module, name).emptyTuple().reduce().stop();
        byte[] viaStackGlobal = new PickleWriter(4).stackGlobal(module, name).emptyTuple().reduce().stop();
        byte[] viaInst = new PickleWriter(2).inst(module, name).stop();

        for (byte[] pickle : List.of(viaGlobal, viaStackGlobal, viaInst)) {
            Path file = new TorchZip().write(dir.resolve("evil.pth"), pickle);
            UnsafePickleException e = assertThrows(UnsafePickleException.class, () -> PthReader.read(file));
            assertEquals(module + "." + name, e.global());
        }
    }

    @Test
    void reportsTruncatedCheckpoint() throws IOException {
        Path file = ReferenceFiles.truncatedCopy(ReferenceFiles.require("crw-resnet18.pth"), dir, 1000);

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));

        assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is truncated or corrupt ("),
                e.getMessage());
    }

    @Test
    void reportsTruncatedPickle() throws IOException {
        byte[] pickle = new PickleWriter(2).emptyDict().mark().string("epoch").integer(3).setItems().stop();
        Path file = new TorchZip().write(dir.resolve("cut.pth"), Arrays.copyOf(pickle, pickle.length - 3));

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));

        assertTrue(e.getMessage().contains(file + " is truncated or corrupt (bad data.pkl"), e.getMessage());
    }

    @Test
    void selfReferencingAndDeeplyNestedPicklesAreCorruptNotStackOverflows() throws IOException {
        byte[] listHoldingItself = stateDictWith("args", p -> p.op(']').op('q').op(0).op('h').op(0).op('a'));
        byte[] deepList = stateDictWith("args", p -> {
            for (int i = 0; i < 200_000; i++) {
                p.op(']');
            }
            for (int i = 1; i < 200_000; i++) {
                p.op('a');
            }
        });
        // a list holding itself as a dict key: hashing it recurses
        byte[] selfHashingKey = new PickleWriter(2).emptyDict().op(']').op('q').op(0).op('h').op(0).op('a')
                .integer(1).op('s').stop();
        for (byte[] pickle : List.of(listHoldingItself, deepList, selfHashingKey)) {
            Path file = new TorchZip().storage("0", floats(7, 8)).write(dir.resolve("nested.pth"), pickle);
            JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));
            // the unpickler's nesting limit, or (for cycles it cannot see) the stack overflow it turns into the same
            String corrupt = "PyTorch checkpoint " + file + " is truncated or corrupt (bad data.pkl: ";
            assertTrue(e.getMessage().startsWith(corrupt + "it refers to itself or is nested too deeply)")
                    || e.getMessage().startsWith(corrupt + "containers are nested more than 64 levels deep (or contain"
                    + " themselves))"), e.getMessage());
        }
    }

    @Test
    void aStrideOf2To62IsRefusedNotWrappedToFilterZero() throws IOException {
        PickleWriter p = new PickleWriter(2).emptyDict().mark().string("conv1.weight");
        tensor(p, "FloatStorage", "0", 8, 0, new long[] {4, 2}, new long[] {1L << 62, 1});
        Path file = new TorchZip().storage("0", floats(0, 1, 2, 3, 4, 5, 6, 7)).write(dir.resolve("wrap.pth"),
                p.setItems().stop());

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));

        assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is truncated or corrupt (bad data.pkl: a"
                + " view of shape [4, 2], strides [4611686018427387904, 1] and offset 0 reaches beyond 2^63 elements)"),
                e.getMessage());
    }

    @Test
    void declaredSizesAreCheckedBeforeAnythingIsAllocated() throws IOException {
        byte[] pickle = stateDictWith("epoch", p -> p.integer(3));
        Path inflating = new TorchZip().storage("0", new byte[2_000_000]).write(dir.resolve("inflating.pth"), pickle);
        ZipDamage.declareSize(inflating, "data/0", 2_362_232_012L); // 2.2 GB
        JaywalkIoException huge = assertThrows(JaywalkIoException.class, () -> PthReader.read(inflating));
        // refused by the entry's own check, or by the storage's declared length against the entry: both before reading
        assertTrue(huge.getMessage().startsWith("PyTorch checkpoint " + inflating + " is truncated or corrupt (entry"
                + " archive/data/0 declares 2362232012 bytes, which its ") || huge.getMessage().contains(
                "(bad data.pkl: storage 0 declares 2 elements (8 bytes) but its entry holds 2362232012 bytes)"),
                huge.getMessage());

        Path beyondTheFile = new TorchZip().storage("0", new byte[2_000_000]).write(dir.resolve("beyond.pth"), pickle);
        ZipDamage.declareCompressedSize(beyondTheFile, "data/0", 2_362_232_012L);
        JaywalkIoException beyond = assertThrows(JaywalkIoException.class, () -> PthReader.read(beyondTheFile));
        assertTrue(beyond.getMessage().contains("(entry archive/data/0 declares 2362232012 bytes in a file of ")
                || beyond.getMessage().contains("(bad data.pkl: storage 0 declares 2 elements (8 bytes) but its entry"
                + " holds 2000000 bytes)"), beyond.getMessage());

        Path longer = new TorchZip().storage("0", new byte[2_000_000]).write(dir.resolve("longer.pth"), pickle);
        ZipDamage.declareSize(longer, "data/0", 8);
        JaywalkIoException more = assertThrows(JaywalkIoException.class, () -> PthReader.read(longer));
        assertTrue(more.getMessage().contains("(entry archive/data/0 holds more than the 8 bytes it declares)"),
                more.getMessage());
    }

    @Test
    void aViewLargerThanTheHeapIsRefusedBeforeAllocating() throws IOException {
        long elements = Runtime.getRuntime().maxMemory() / 8 + 1; // 4 bytes copied + 4 decoded per float
        Assumptions.assumeTrue(elements < Integer.MAX_VALUE / 4, "a heap under 16 GiB");
        PickleWriter p = new PickleWriter(2).emptyDict().mark().string("expanded");
        tensor(p, "FloatStorage", "0", 1, 0, new long[] {elements}, new long[] {0});
        Path file = new TorchZip().storage("0", floats(1)).write(dir.resolve("expanded.pth"), p.setItems().stop());

        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));

        // an expanded (stride-0) view repeating one stored float: refused as more elements than its storage holds
        assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is truncated or corrupt (bad data.pkl: a"
                + " tensor of shape [" + elements + "] has more elements than its storage 0 (1))"), e.getMessage());
    }

    /** {'model': {'w': tensor}, key: (what {@code value} pushes)}. */
    private static byte[] stateDictWith(String key, java.util.function.Consumer<PickleWriter> value) {
        PickleWriter p = new PickleWriter(2).emptyDict().mark().string("model").emptyDict().mark().string("w");
        tensor(p, "FloatStorage", "0", 2, 0, new long[] {2}, new long[] {1});
        p.setItems().string(key);
        value.accept(p);
        return p.setItems().stop();
    }

    @Test
    void refusesStoragesSmallerThanDeclaredAndLengthsBeyondThePickle() throws IOException {
        byte[] pickle = new PickleWriter(2).emptyDict().mark().string("w")
                .tensor("FloatStorage", "0", 1000, 0, new long[] {1000}, new long[] {1}, false).setItems().stop();
        Path shortStorage = new TorchZip().storage("0", floats(1, 2)).write(dir.resolve("short.pth"), pickle);
        byte[] hugeString = new PickleWriter(2).op('X').op(0xff).op(0xff).op(0xff).op(0x7f).stop();
        Path huge = new TorchZip().write(dir.resolve("huge.pth"), hugeString);
        Path missing = new TorchZip().write(dir.resolve("nostorage.pth"), pickle);

        assertCorrupt(shortStorage, "storage 0 declares 1000 elements (4000 bytes) but its entry holds 8 bytes");
        assertCorrupt(huge, "opcode 0x58 declares 2147483647 bytes but only 1 remain");
        assertCorrupt(missing, "storage 0 is referenced but has no entry data/0");
    }

    private static void assertCorrupt(Path file, String detail) {
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));
        assertTrue(e.getMessage().startsWith("PyTorch checkpoint " + file + " is truncated or corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void reportsMissingFile() {
        Path file = dir.resolve("missing.pth");
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> PthReader.read(file));
        assertEquals("PyTorch checkpoint " + file + " does not exist: check the path", e.getMessage());
    }

    /**
     * {'model': OrderedDict(transposed, offset, parameter, num_batches_tracked) with _metadata, 'epoch': 3,
     * 'args': Namespace(lr=0.5, name='x', sizes=(1, 2))}.
     */
    private Path syntheticCheckpoint() throws IOException {
        PickleWriter p = new PickleWriter(2).emptyDict().mark();
        p.string("model").global("collections", "OrderedDict").emptyTuple().reduce().mark();
        p.string("transposed");
        p.tensor("FloatStorage", "0", 6, 0, new long[] {3, 2}, new long[] {1, 3}, false);
        p.string("offset");
        p.tensor("FloatStorage", "0", 6, 1, new long[] {2}, new long[] {2}, false);
        p.string("parameter").global("torch._utils", "_rebuild_parameter").mark();
        p.tensor("DoubleStorage", "1", 2, 0, new long[] {2}, new long[] {1}, false);
        p.op(0x88).global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
        p.string("num_batches_tracked");
        p.tensor("LongStorage", "2", 1, 0, new long[0], new long[0], false);
        p.setItems().emptyDict().mark().string("_metadata").global("collections", "OrderedDict").emptyTuple()
                .reduce().setItems().build();
        p.string("epoch").integer(3);
        p.string("args").global("argparse", "Namespace").emptyTuple().newObj().emptyDict().mark()
                .string("lr").real(0.5).string("name").string("x").string("sizes").intTuple(1, 2).setItems().build();
        byte[] pickle = p.setItems().stop();
        return new TorchZip().storage("0", floats(0, 1, 2, 3, 4, 5)).storage("1", doubles(1.5, 2.5))
                .storage("2", longs(42)).write(dir.resolve("synthetic.pth"), pickle);
    }

    /** Pushes a {@code _rebuild_tensor_v2} call of a storage of {@code elements} with the given offset, size and stride. */
    private static void tensor(PickleWriter p, String storageType, String key, int elements, long offset,
                               long[] size, long[] stride) {
        p.global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark().string("storage").global("torch", storageType).string(key).string("cpu").integer(elements).tuple()
                .binPersId();
        p.integer((int) offset).intTuple(size).intTuple(stride).bool(false);
        p.global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
    }
}
