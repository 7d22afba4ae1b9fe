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

    /** Tensors by name of a Jaywalk checkpoint, a {@code torch.save} file of either format (its state dict) or a plain {@code .npz}. */
    public static Map<String, HostArray> read(Path file) {
        if (LegacyTorchFile.isLegacy(file)) {
            return PthReader.read(file).tensors();
        }
        return Zips.withZip(file, FileKind.ANY, zip -> switch (CheckpointFormat.detect(zip, file)) {
            case JAYWALK -> CheckpointFile.read(zip, file).tensors();
            case PYTORCH, PYTORCH_LEGACY -> PthReader.read(zip, file).tensors();
            case NPZ -> NpzArchive.readArrays(zip, file, FileKind.NPZ);
        });
    }
}
