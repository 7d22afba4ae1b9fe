package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.FormatException;
import org.jaywalk.framework.spi.io.Zips;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip layout of {@code torch.save} (PyTorch 1.6 and later): {@code ARCHIVE/data.pkl} (the pickled
 * object), {@code ARCHIVE/data/KEY} (raw storages), {@code ARCHIVE/version} and, since PyTorch 2.1,
 * {@code ARCHIVE/byteorder}.
 */
final class PthArchive implements StorageSource {

    private static final String PICKLE = "data.pkl";

    private final ZipFile zip;
    private final Path file;
    private final String prefix;
    private final ByteOrder order;
    private final Map<String, ByteBuffer> storages = new HashMap<>();

    PthArchive(ZipFile zip, Path file) {
        this.zip = zip;
        this.file = file;
        this.prefix = prefix(zip).orElseThrow(() -> FileKind.PYTORCH.unsupported(file,
                "it has no ARCHIVE/" + PICKLE + " entry; only the zip format of torch.save (PyTorch 1.6+) is read"));
        this.order = byteOrder();
    }

    /** The archive folder ({@code "name/"}) of a {@code torch.save} zip, if {@code zip} is one. */
    static Optional<String> prefix(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName)
                .filter(name -> name.endsWith("/" + PICKLE) && name.indexOf('/') == name.length() - PICKLE.length() - 1)
                .map(name -> name.substring(0, name.length() - PICKLE.length()))
                .findFirst();
    }

    /** The pickled object. */
    byte[] pickle() {
        return read(PICKLE);
    }

    @Override
    public ByteBuffer bytes(TorchStorage storage) {
        return storages.computeIfAbsent(storage.key(), k -> ByteBuffer.wrap(readStorage(storage)).order(order))
                .asReadOnlyBuffer().order(order);
    }

    /** The entry {@code data/KEY}, refused before reading if it is smaller than the storage declares. */
    private byte[] readStorage(TorchStorage storage) {
        ZipEntry entry = zip.getEntry(prefix + "data/" + storage.key());
        if (entry == null) {
            throw new FormatException("storage " + storage.key() + " is referenced but has no entry data/"
                    + storage.key());
        }
        long declared = storage.bytes();
        if (entry.getSize() >= 0 && entry.getSize() < declared) {
            throw new FormatException("storage " + storage.key() + " declares " + storage.elements() + " elements ("
                    + declared + " bytes) but its entry holds " + entry.getSize() + " bytes");
        }
        byte[] bytes = Zips.read(zip, entry, file, FileKind.PYTORCH);
        if (bytes.length < declared) {
            throw new FormatException("storage " + storage.key() + " declares " + declared + " bytes but holds "
                    + bytes.length);
        }
        return bytes;
    }

    private ByteOrder byteOrder() {
        if (zip.getEntry(prefix + "byteorder") == null) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        String text = new String(read("byteorder"), StandardCharsets.US_ASCII).strip();
        return text.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private byte[] read(String name) {
        return Zips.read(zip, prefix + name, file, FileKind.PYTORCH);
    }
}
