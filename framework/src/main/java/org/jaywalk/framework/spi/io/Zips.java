package org.jaywalk.framework.spi.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Opening zip-based tensor files and reading their entries, with errors that name the file. */
public final class Zips {

    private Zips() {
    }

    /** Opens {@code file} as a zip archive; the caller closes it. */
    static ZipFile open(Path file, FileKind kind) {
        if (!Files.isRegularFile(file)) {
            throw kind.missing(file);
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw kind.corrupt(file, "not a complete zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw kind.failed(file, "open", e);
        }
    }

    /** Applies {@code body} to {@code file} opened as a zip archive, and closes it. */
    public static <T> T withZip(Path file, FileKind kind, Function<ZipFile, T> body) {
        try (ZipFile zip = open(file, kind)) {
            return body.apply(zip);
        } catch (IOException e) {
            throw kind.failed(file, "close", e);
        }
    }

    /** The whole content of {@code entry}. */
    public static byte[] read(ZipFile zip, ZipEntry entry, Path file, FileKind kind) {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw kind.corrupt(file, "cannot read entry " + entry.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Adds an uncompressed entry (as {@code numpy.savez} writes them). */
    public static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        putStored(zip, storedEntry(name, content), content);
    }

    /** An uncompressed entry for {@code content}: method, sizes and CRC set; the caller may add extra fields. */
    public static ZipEntry storedEntry(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    /** Adds {@code entry} (made by {@link #storedEntry}) with its content. */
    public static void putStored(ZipOutputStream zip, ZipEntry entry, byte[] content) throws IOException {
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** The content of the entry called {@code name}. */
    public static byte[] read(ZipFile zip, String name, Path file, FileKind kind) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw kind.corrupt(file, "entry " + name + " is missing", null);
        }
        return read(zip, entry, file, kind);
    }
}
