package org.jaywalk.framework.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a file in PyTorch's legacy {@code torch.save} layout: magic number, protocol version and system
 * information pickles, the given object pickle, the storage key list, then each storage's element count and
 * bytes. Every part can be altered to make malformed files.
 */
final class LegacyTorch {

    private final Map<String, byte[]> storages = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private BigInteger magic = LegacyTorchFile.MAGIC;
    private int protocol = LegacyTorchFile.PROTOCOL_VERSION;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private List<String> keys;

    /** Adds storage {@code key} holding {@code count} elements as {@code bytes} (in this file's byte order). */
    LegacyTorch storage(String key, long count, byte[] bytes) {
        storages.put(key, bytes);
        counts.put(key, count);
        return this;
    }

    LegacyTorch magic(BigInteger value) {
        magic = value;
        return this;
    }

    LegacyTorch protocol(int value) {
        protocol = value;
        return this;
    }

    LegacyTorch order(ByteOrder value) {
        order = value;
        return this;
    }

    /** The key list to write instead of the storages' keys. */
    LegacyTorch keys(String... values) {
        keys = List.of(values);
        return this;
    }

    /** Writes the file with {@code object} as the main pickle. */
    Path write(Path file, byte[] object) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new PickleWriter(2).long1(magic).stop());
        out.writeBytes(new PickleWriter(2).integer(protocol).stop());
        out.writeBytes(new PickleWriter(2).emptyDict().mark().string("protocol_version").integer(protocol)
                .string("little_endian").bool(order == ByteOrder.LITTLE_ENDIAN).setItems().stop());
        out.writeBytes(object);
        out.writeBytes(new PickleWriter(2).stringList(keys != null ? keys : new ArrayList<>(storages.keySet())).stop());
        storages.forEach((key, bytes) -> {
            out.writeBytes(RawBytes.longs(order, counts.get(key)));
            out.writeBytes(bytes);
        });
        return Files.write(file, out.toByteArray());
    }
}
