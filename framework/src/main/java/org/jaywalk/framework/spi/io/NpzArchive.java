package org.jaywalk.framework.spi.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy {@code .npz} archives: one {@code NAME.npy} entry per array. Names are given without the {@code .npy}
 * suffix and may contain any character NumPy allows ({@code grad:encoder.model.conv1.weight}, {@code tol:q}).
 */
public final class NpzArchive {

    public static final String SUFFIX = ".npy";

    private NpzArchive() {
    }

    /** Every array of {@code file}, in archive order. */
    public static Map<String, HostArray> readAll(Path file) {
        return Zips.withZip(file, FileKind.NPZ, zip -> readArrays(zip, file, FileKind.NPZ));
    }

    /** The array {@code name} of {@code file}. */
    public static HostArray read(Path file, String name) {
        return Zips.withZip(file, FileKind.NPZ, zip -> {
            ZipEntry entry = zip.getEntry(name + SUFFIX);
            if (entry == null) {
                throw new JaywalkIoException("NPZ file " + file + " has no array '" + name + "'; it has "
                        + arrayNames(zip));
            }
            return decode(zip, entry, file, FileKind.NPZ);
        });
    }

    /** The names of the arrays of {@code file}, in archive order. */
    public static List<String> names(Path file) {
        return Zips.withZip(file, FileKind.NPZ, NpzArchive::arrayNames);
    }

    /** Writes {@code arrays} to {@code file} atomically (uncompressed, readable by {@code numpy.load}). */
    public static void write(Path file, Map<String, HostArray> arrays) {
        AtomicFiles.write(file, FileKind.NPZ, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                writeArrays(zip, arrays);
            }
        });
    }

    public static Map<String, HostArray> readArrays(ZipFile zip, Path file, FileKind kind) {
        Map<String, HostArray> arrays = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (isArray(entry)) {
                arrays.put(arrayName(entry), decode(zip, entry, file, kind));
            }
        }
        return arrays;
    }

    public static void writeArrays(ZipOutputStream zip, Map<String, HostArray> arrays) throws IOException {
        for (Map.Entry<String, HostArray> e : arrays.entrySet()) {
            Zips.putStored(zip, e.getKey() + SUFFIX, NpyFormat.encode(e.getValue()));
        }
    }

    private static HostArray decode(ZipFile zip, ZipEntry entry, Path file, FileKind kind) {
        byte[] npy = Zips.read(zip, entry, file, kind);
        try {
            return NpyFormat.decode(npy);
        } catch (FormatException e) {
            throw kind.corrupt(file, "entry " + entry.getName() + ": " + e.getMessage(), e);
        } catch (TooLargeException e) {
            throw kind.tooLarge(file, "entry " + entry.getName() + ": " + e.getMessage());
        } catch (UnsupportedOperationException e) {
            throw kind.unsupported(file, "entry " + entry.getName() + ": " + e.getMessage());
        }
    }

    private static List<String> arrayNames(ZipFile zip) {
        return zip.stream().filter(NpzArchive::isArray).map(NpzArchive::arrayName).toList();
    }

    private static boolean isArray(ZipEntry entry) {
        return !entry.isDirectory() && entry.getName().endsWith(SUFFIX);
    }

    private static String arrayName(ZipEntry entry) {
        return entry.getName().substring(0, entry.getName().length() - SUFFIX.length());
    }
}
