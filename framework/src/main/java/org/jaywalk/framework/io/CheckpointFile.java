package org.jaywalk.framework.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.spi.io.Zips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jaywalk's checkpoint format: an NPZ-compatible zip with one {@code NAME.npy} entry per tensor (NPY 1.0,
 * little-endian, C order, in the tensor's own dtype: float32 for parameters) and a {@value #META_ENTRY} entry
 * holding a JSON object of metadata. {@code numpy.load} reads the tensors. Saving is atomic: a crash while
 * saving leaves the previous checkpoint untouched.
 */
public final class CheckpointFile {

    /** Name of the metadata entry. */
    public static final String META_ENTRY = "jaywalk-meta.json";

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointFile() {
    }

    /** Writes a checkpoint, replacing {@code file} atomically once the new content is complete on disk. */
    public static void write(Path file, Map<String, HostArray> tensors, ObjectNode meta) {
        byte[] metaBytes = metaBytes(meta);
        AtomicFiles.write(file, FileKind.CHECKPOINT, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                NpzArchive.writeArrays(zip, tensors);
                Zips.putStored(zip, META_ENTRY, metaBytes);
            }
        });
        LOG.debug("saved checkpoint {} ({} tensors)", file, tensors.size());
    }

    /** Reads a checkpoint written by {@link #write}. */
    public static Checkpoint read(Path file) {
        return Zips.withZip(file, FileKind.CHECKPOINT, zip -> read(zip, file));
    }

    /** The metadata of a checkpoint written by {@link #write}, without reading its tensors. */
    public static ObjectNode readMeta(Path file) {
        return Zips.withZip(file, FileKind.CHECKPOINT, zip -> {
            requireCheckpoint(zip, file);
            return parseMeta(Zips.read(zip, META_ENTRY, file, FileKind.CHECKPOINT), file);
        });
    }

    /** Whether an open zip archive is a Jaywalk checkpoint. */
    static boolean isCheckpoint(ZipFile zip) {
        return zip.getEntry(META_ENTRY) != null;
    }

    static Checkpoint read(ZipFile zip, Path file) {
        requireCheckpoint(zip, file);
        ObjectNode meta = parseMeta(Zips.read(zip, META_ENTRY, file, FileKind.CHECKPOINT), file);
        return new Checkpoint(NpzArchive.readArrays(zip, file, FileKind.CHECKPOINT), meta);
    }

    private static void requireCheckpoint(ZipFile zip, Path file) {
        if (!isCheckpoint(zip)) {
            throw FileKind.CHECKPOINT.unsupported(file, "it has no " + META_ENTRY
                    + " entry, so it is not a Jaywalk checkpoint (a plain NPZ file or a PyTorch checkpoint?)");
        }
    }

    private static byte[] metaBytes(ObjectNode meta) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("checkpoint metadata cannot be written as JSON", e);
        }
    }

    private static ObjectNode parseMeta(byte[] json, Path file) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw FileKind.CHECKPOINT.corrupt(file, META_ENTRY + " is not a JSON object", null);
        } catch (IOException e) {
            throw FileKind.CHECKPOINT.corrupt(file, META_ENTRY + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
