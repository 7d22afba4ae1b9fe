package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.NpzArchive;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** The tensor file formats {@link CheckpointInspector} recognizes, told apart by their zip entries. */
public enum CheckpointFormat {
    /** A Jaywalk checkpoint ({@link CheckpointFile}): NPY entries plus {@value CheckpointFile#META_ENTRY}. */
    JAYWALK,
    /** A {@code torch.save} zip ({@link PthReader}), e.g. a videowalk checkpoint. */
    PYTORCH,
    /** A {@code torch.save} file in PyTorch's legacy (pre-1.6, non-zip) format ({@link LegacyTorchFile}). */
    PYTORCH_LEGACY,
    /** A plain NumPy {@code .npz} archive ({@link NpzArchive}). */
    NPZ;

    static CheckpointFormat detect(ZipFile zip, Path file) {
        if (CheckpointFile.isCheckpoint(zip)) {
            return JAYWALK;
        }
        if (PthReader.isPytorch(zip)) {
            return PYTORCH;
        }
        if (zip.stream().anyMatch(e -> e.getName().endsWith(NpzArchive.SUFFIX))) {
            return NPZ;
        }
        throw FileKind.ANY.unsupported(file, "it is a zip archive but holds no " + CheckpointFile.META_ENTRY
                + ", no torch.save data.pkl and no .npy arrays");
    }
}
