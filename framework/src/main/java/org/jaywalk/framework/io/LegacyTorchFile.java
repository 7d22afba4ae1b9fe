package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.FormatException;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's legacy serialization (before 1.6, or {@code torch.save(..., _use_new_zipfile_serialization=False)}):
 * five pickles in a row (the magic number, the protocol version 1001, a dict of system information, the object
 * with persistent ids for its storages, the sorted list of storage keys), then for each key its element count
 * (8 bytes) and raw bytes, in the saving machine's byte order. Every pickle goes through the
 * {@link AllowListUnpickler}; every declared size is checked against the file before anything is allocated.
 */
final class LegacyTorchFile implements StorageSource {

    /** {@code torch.serialization.MAGIC_NUMBER}. */
    static final BigInteger MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
    /** {@code torch.serialization.PROTOCOL_VERSION}. */
    static final int PROTOCOL_VERSION = 1001;

    private static final int PICKLE_PROTO = 0x80;
    private static final int COUNT_BYTES = 8;

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Long> offsets = new HashMap<>();
    private final Map<String, ByteBuffer> cache = new HashMap<>();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    private LegacyTorchFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Whether {@code file} starts like a legacy {@code torch.save} file (a pickle, not a zip). */
    static boolean isLegacy(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == PICKLE_PROTO;
        } catch (IOException e) {
            return false;
        }
    }

    /** The saved object, with every tensor read. */
    static Object read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new LegacyTorchFile(file, channel).load();
        } catch (JaywalkIoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // untrusted input: any failure to decode it means it is damaged
            String detail = e instanceof FormatException ? e.getMessage() : e.toString();
            throw FileKind.PYTORCH.corrupt(file, "legacy torch.save format: " + detail, e);
        }
    }

    private Object load() throws IOException {
        long size = channel.size();
        PickleInput in = new PickleInput(new BufferedInputStream(Channels.newInputStream(channel)), size);
        checkHeader(in);
        AllowListUnpickler unpickler = new AllowListUnpickler(file);
        Object root = unpickler.load(in);
        Object keys = new AllowListUnpickler(file).load(in);
        if (!(keys instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new FormatException("the storage key list is not a list of strings");
        }
        locateStorages(unpickler.storages(), list.stream().map(String.class::cast).toList(), in.position(), size);
        return TensorViews.materialize(root, this);
    }

    private void checkHeader(PickleInput in) throws IOException {
        Object magic = new AllowListUnpickler(file).load(in);
        if (!MAGIC.equals(magic instanceof Number n ? new BigInteger(n.toString()) : null)) {
            throw FileKind.PYTORCH.unsupported(file, "it is a pickle but not a torch.save file (no magic number)");
        }
        Object protocol = new AllowListUnpickler(file).load(in);
        if (!(protocol instanceof Number p) || p.longValue() != PROTOCOL_VERSION) {
            throw FileKind.PYTORCH.unsupported(file, "legacy protocol version " + protocol + " (only "
                    + PROTOCOL_VERSION + " is read)");
        }
        Object sysInfo = new AllowListUnpickler(file).load(in);
        if (!(sysInfo instanceof Map<?, ?> info) || !(info.get("little_endian") instanceof Boolean little)) {
            throw new FormatException("the system information is not a dict with little_endian");
        }
        order = little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /**
     * Finds each listed storage after the pickles: its element count must equal what its tensors declare and its
     * bytes must lie inside the file.
     */
    private void locateStorages(List<TorchStorage> referenced, List<String> keys, long start, long size)
            throws IOException {
        Map<String, TorchStorage> declared = new HashMap<>();
        for (TorchStorage s : referenced) {
            TorchStorage first = declared.putIfAbsent(s.key(), s);
            if (first != null && first.bytes() != s.bytes()) {
                throw new FormatException("storage " + s.key() + " is declared with two sizes");
            }
        }
        long position = start;
        for (String key : keys) {
            TorchStorage storage = declared.remove(key);
            if (storage == null) {
                throw new FormatException("storage " + key + " is listed but no tensor refers to it (or it is"
                        + " listed twice)");
            }
            long count = readCount(position, size, key);
            if (count != storage.elements()) {
                throw new FormatException("storage " + key + " holds " + count + " elements but its tensors declare "
                        + storage.elements());
            }
            long end = position + COUNT_BYTES + storage.bytes();
            if (end > size) {
                throw new FormatException("storage " + key + " declares " + storage.bytes() + " bytes but only "
                        + (size - position - COUNT_BYTES) + " remain");
            }
            offsets.put(key, position + COUNT_BYTES);
            position = end;
        }
        if (!declared.isEmpty()) {
            throw new FormatException("storages " + declared.keySet() + " are referenced but not stored");
        }
    }

    private long readCount(long position, long size, String key) throws IOException {
        if (position + COUNT_BYTES > size) {
            throw new FormatException("the file ends before storage " + key);
        }
        return readAt(position, COUNT_BYTES).getLong(0);
    }

    @Override
    public ByteBuffer bytes(TorchStorage storage) {
        ByteBuffer bytes = cache.computeIfAbsent(storage.key(), key -> {
            try {
                return readAt(offsets.get(key), Math.toIntExact(storage.bytes()));
            } catch (IOException e) {
                throw new FormatException("cannot read storage " + key + ": " + e.getMessage());
            }
        });
        return bytes.asReadOnlyBuffer().order(order);
    }

    /** {@code length} bytes at {@code position}, which the caller checked lie inside the file. */
    private ByteBuffer readAt(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new FormatException("the file ends inside storage data");
            }
        }
        return buffer.flip();
    }
}
