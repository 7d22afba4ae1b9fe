package org.jaywalk.framework.spi.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jaywalk.framework.spi.MemorySize;

/** Opening zip-based tensor files and reading their entries, with errors that name the file. */
public final class Zips {

    /** The most that deflate can compress: about 1032 bytes into one. */
    private static final long MAX_DEFLATE_RATIO = 1032;

    /** LONG1 of 10 bytes, 0x1950a86a20f9469cfc6c little-endian: the legacy torch.save magic number. */
    private static final byte[] LEGACY_TORCH_MAGIC = {(byte) 0x8a, 0x0a, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46,
        (byte) 0xf9, 0x20, 0x6a, (byte) 0xa8, 0x50, 0x19};

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
            if (isLegacyTorchFile(file)) {
                throw kind.unsupported(file, "it is a legacy PyTorch file (saved with"
                        + " _use_new_zipfile_serialization=False), not supported yet; save it again with PyTorch 1.6 or"
                        + " later: torch.save(torch.load(path), path)");
            }
            throw kind.corrupt(file, "not a complete zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw kind.failed(file, "open", e);
        }
    }

    /**
     * Whether {@code file} starts like {@code torch.save} before PyTorch 1.6: a pickle (protocol 2 or later)
     * of the long integer {@code 0x1950a86a20f9469cfc6c}, the legacy format's magic number.
     */
    private static boolean isLegacyTorchFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(LEGACY_TORCH_MAGIC.length + 2);
            return start.length == LEGACY_TORCH_MAGIC.length + 2 && (start[0] & 0xff) == 0x80
                    && Arrays.equals(start, 2, start.length, LEGACY_TORCH_MAGIC, 0, LEGACY_TORCH_MAGIC.length);
        } catch (IOException e) {
            return false;
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

    /**
     * The whole content of {@code entry}, checked against the CRC-32 the archive records for it (Java's
     * {@link ZipFile} checks none for stored entries, the kind NumPy and Jaywalk write). The size the archive
     * declares is checked against the file and the heap before anything is allocated, and no more than that
     * is read.
     */
    public static byte[] read(ZipFile zip, ZipEntry entry, Path file, FileKind kind) {
        int size = declaredSize(entry, file, kind);
        byte[] content = new byte[size];
        try (InputStream in = zip.getInputStream(entry)) {
            int read = in.readNBytes(content, 0, size);
            if (read < size) {
                throw kind.corrupt(file, "entry " + entry.getName() + " holds " + read + " bytes, not the " + size
                        + " it declares", null);
            }
            if (in.read() >= 0) {
                throw kind.corrupt(file, "entry " + entry.getName() + " holds more than the " + size
                        + " bytes it declares", null);
            }
        } catch (IOException e) {
            throw kind.corrupt(file, "cannot read entry " + entry.getName() + ": " + e.getMessage(), e);
        }
        checkCrc(entry, content, file, kind);
        return content;
    }

    /**
     * The entry's declared size, once it is plausible for the file (its stored or compressed bytes fit in the
     * file and can hold it) and fits in memory.
     */
    private static int declaredSize(ZipEntry entry, Path file, FileKind kind) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            throw kind.corrupt(file, "entry " + entry.getName() + " declares no size", null);
        }
        long fileSize = file.toFile().length();
        if (compressed > fileSize) {
            throw kind.corrupt(file, "entry " + entry.getName() + " declares " + compressed + " bytes in a file of "
                    + fileSize, null);
        }
        boolean stored = entry.getMethod() == ZipEntry.STORED;
        if (stored ? size != compressed : size / MAX_DEFLATE_RATIO > compressed + 1) {
            throw kind.corrupt(file, "entry " + entry.getName() + " declares " + size + " bytes, which its "
                    + compressed + (stored ? " stored" : " compressed") + " bytes cannot hold", null);
        }
        if (size > HeapBudget.MAX_ARRAY) {
            throw kind.tooLarge(file, "entry " + entry.getName() + " declares " + new MemorySize(size)
                    + "; Jaywalk reads entries of at most 2 GiB");
        }
        try {
            HeapBudget.require(size, "entry " + entry.getName());
        } catch (TooLargeException e) {
            throw kind.tooLarge(file, e.getMessage());
        }
        return (int) size;
    }

    private static void checkCrc(ZipEntry entry, byte[] content, Path file, FileKind kind) {
        if (entry.getCrc() == -1) {
            return; // the archive records none
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        if (crc.getValue() != entry.getCrc()) {
            throw kind.corrupt(file, String.format("entry %s fails its CRC-32 check: the archive records %08x, the"
                    + " content gives %08x", entry.getName(), entry.getCrc(), crc.getValue()), null);
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
