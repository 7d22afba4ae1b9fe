package org.jaywalk.framework.io;

import java.nio.file.Path;
import java.util.Map;

/** Reads the named tensors of any tensor file Jaywalk knows, told apart by content (see {@link CheckpointFormat}). */
public final class TensorFile {

    /** The tensors of a file and the format they were read from. */
    public record Contents(CheckpointFormat format, Map<String, HostArray> tensors) {
    }

    private TensorFile() {
    }

    /** Reads a Jaywalk checkpoint, a {@code torch.save} state dict (e.g. videowalk's) or a plain NPZ. */
    public static Contents read(Path file) {
        return Zips.withZip(file, FileKind.ANY, zip -> {
            CheckpointFormat format = CheckpointFormat.detect(zip, file);
            Map<String, HostArray> tensors = switch (format) {
                case JAYWALK -> CheckpointFile.read(zip, file).tensors();
                case PYTORCH -> PthReader.read(zip, file).tensors();
                case NPZ -> NpzArchive.readArrays(zip, file, FileKind.NPZ);
            };
            return new Contents(format, tensors);
        });
    }
}
