package org.jaywalk.framework.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip in the layout of {@code torch.save}: {@code archive/data.pkl}, {@code archive/data/KEY} and
 * {@code archive/version}.
 */
final class TorchZip {

    private final Map<String, byte[]> storages = new LinkedHashMap<>();

    /** Adds raw storage {@code key}. */
    TorchZip storage(String key, byte[] bytes) {
        storages.put(key, bytes);
        return this;
    }

    /** Writes the zip with {@code pickle} as {@code archive/data.pkl}. */
    Path write(Path file, byte[] pickle) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "archive/data.pkl", pickle);
            for (Map.Entry<String, byte[]> e : storages.entrySet()) {
                put(zip, "archive/data/" + e.getKey(), e.getValue());
            }
            put(zip, "archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
