package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.spi.io.Zips;
import java.nio.file.Path;
import java.util.Map;

/** Reads the tensors of any weights file Jaywalk knows, recognized by content (not by extension). */
public final class TensorFiles {

    private TensorFiles() {
    }

    /**
     * What a weights file holds.
     *
     * @param tensors tensors by name (a {@code torch.save} file's state dict)
     * @param torchMetadata a {@code torch.save} file's other top-level entries (see {@link PthCheckpoint}); empty for
     *                      other formats
     */
    public record Contents(Map<String, HostArray> tensors, Map<String, Object> torchMetadata) {
    }

    /** Tensors by name of a Jaywalk checkpoint, a {@code torch.save} file of either format (its state dict) or a plain {@code .npz}. */
    public static Map<String, HostArray> read(Path file) {
        return readContents(file).tensors();
    }

    /** Tensors and, for a {@code torch.save} file, its other entries. */
    public static Contents readContents(Path file) {
        if (LegacyTorchFile.isLegacy(file)) {
            return torch(PthReader.read(file));
        }
        return Zips.withZip(file, FileKind.ANY, zip -> switch (CheckpointFormat.detect(zip, file)) {
            case JAYWALK -> new Contents(CheckpointFile.read(zip, file).tensors(), Map.of());
            case PYTORCH, PYTORCH_LEGACY -> torch(PthReader.read(zip, file));
            case NPZ -> new Contents(NpzArchive.readArrays(zip, file, FileKind.NPZ), Map.of());
        });
    }

    private static Contents torch(PthCheckpoint checkpoint) {
        return new Contents(checkpoint.tensors(), checkpoint.metadata());
    }
}
