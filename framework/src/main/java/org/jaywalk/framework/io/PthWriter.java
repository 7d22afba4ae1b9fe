package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.Strides;
import org.jaywalk.framework.spi.io.Zips;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes plain Python data with tensors (e.g. videowalk's {@code {"model": OrderedDict(state dict), "epoch": N}}) as
 * {@code torch.save} does in its zip format (PyTorch 1.6+): {@code archive/data.pkl} (a protocol-2 pickle whose
 * tensors are {@code _rebuild_tensor_v2} calls on persistent-id storages), one uncompressed {@code archive/data/KEY}
 * per tensor aligned to 64 bytes,
 * {@code archive/version} and {@code archive/byteorder}. The pickle names only {@code collections.OrderedDict},
 * {@code torch._utils._rebuild_tensor_v2} and storage types, so {@code torch.load(..., weights_only=True)} and
 * {@link PthReader} accept it. Tensors are written dense, in C order, little-endian.
 */
public final class PthWriter {

    private static final String ARCHIVE = "archive/";
    private static final int ALIGNMENT = 64;
    private static final int LOCAL_HEADER = 30;
    private static final int EXTRA_HEADER = 4;
    /** The extra-field id torch's writer pads with ({@code "FB"}). */
    private static final int PADDING_ID = 'F' | 'B' << 8;
    /** A fixed entry time, so that equal content gives equal files. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private PthWriter() {
    }

    /** Writes {@code {"model": stateDict, "epoch": epoch}} (atomically replacing {@code file}). */
    public static void write(Path file, Map<String, HostArray> stateDict, long epoch) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", stateDict);
        root.put("epoch", epoch);
        write(file, root);
    }

    /**
     * Writes {@code root} (atomically replacing {@code file}). Values may be maps (a non-empty map of strings to
     * tensors becomes a {@code collections.OrderedDict}, as a state dict; other maps become dicts), lists, strings,
     * integers, doubles, booleans, nulls and {@link HostArray}s (each with a storage of its own).
     */
    public static void write(Path file, Map<String, ?> root) {
        List<HostArray> storages = new ArrayList<>();
        PickleWriter pickle = new PickleWriter(2);
        value(pickle, root, storages);
        byte[] data = pickle.stop();
        AtomicFiles.write(file, FileKind.PYTORCH, out -> {
            CountingStream counted = new CountingStream(out);
            try (ZipOutputStream zip = new ZipOutputStream(counted)) {
                put(zip, counted, "data.pkl", data);
                for (int i = 0; i < storages.size(); i++) {
                    put(zip, counted, "data/" + i, littleEndian(storages.get(i)));
                }
                put(zip, counted, "version", "3\n".getBytes(StandardCharsets.US_ASCII));
                put(zip, counted, "byteorder", "little".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    private static void value(PickleWriter p, Object v, List<HostArray> storages) {
        if (v instanceof HostArray t) {
            String key = String.valueOf(storages.size());
            storages.add(t);
            p.tensor(PickleAllowList.storageName(t.dtype()), key, t.size(), 0, t.shape(), Strides.cOrder(t.shape()),
                    false);
        } else if (v instanceof Map<?, ?> map) {
            boolean stateDict = !map.isEmpty() && map.values().stream().allMatch(HostArray.class::isInstance);
            if (stateDict) {
                p.global("collections", "OrderedDict").emptyTuple().reduce();
            } else {
                p.emptyDict();
            }
            p.mark();
            map.forEach((k, item) -> {
                value(p, k, storages);
                value(p, item, storages);
            });
            p.setItems();
        } else if (v instanceof List<?> list) {
            p.op(']').mark();
            list.forEach(item -> value(p, item, storages));
            p.op('e');
        } else if (v instanceof String text) {
            p.string(text);
        } else if (v instanceof Integer || v instanceof Long) {
            p.integer(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            p.real(((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            p.bool(b);
        } else if (v == null) {
            p.none();
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getSimpleName() + " to a .pth file");
        }
    }

    private static byte[] littleEndian(HostArray t) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(t.size(), t.dtype().itemSize()))
                .order(ByteOrder.LITTLE_ENDIAN);
        switch (t.dtype()) {
            case FLOAT32 -> b.asFloatBuffer().put((float[]) t.data());
            case FLOAT64 -> b.asDoubleBuffer().put((double[]) t.data());
            case INT64 -> b.asLongBuffer().put((long[]) t.data());
            case INT32 -> b.asIntBuffer().put((int[]) t.data());
            default -> throw new IllegalArgumentException("cannot write a " + t.describe() + " tensor");
        }
        return b.array();
    }

    /** An uncompressed entry whose data starts at a multiple of 64 bytes (padding in an extra field, as torch). */
    private static void put(ZipOutputStream zip, CountingStream counted, String name, byte[] content)
            throws IOException {
        String full = ARCHIVE + name;
        long headerEnd = counted.count + LOCAL_HEADER + full.getBytes(StandardCharsets.UTF_8).length + EXTRA_HEADER;
        int padding = (int) ((ALIGNMENT - headerEnd % ALIGNMENT) % ALIGNMENT);
        ByteBuffer extra = ByteBuffer.allocate(EXTRA_HEADER + padding).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) PADDING_ID).putShort((short) padding);
        Arrays.fill(extra.array(), EXTRA_HEADER, extra.capacity(), (byte) 'Z');
        ZipEntry entry = Zips.storedEntry(full, content);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setExtra(extra.array());
        Zips.putStored(zip, entry, content);
    }

    /** Counts the bytes written through it, so that entry data can be aligned. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
