package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.spi.io.Zips;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Describes a Jaywalk checkpoint, a videowalk (PyTorch) checkpoint or an NPZ file: the format is told by the
 * zip entries, not by the file name. Backs {@code jaywalk inspect FILE}.
 */
public final class CheckpointInspector {

    private CheckpointInspector() {
    }

    /** The tensors and metadata of {@code file}. */
    public static CheckpointDescription inspect(Path file) {
        if (LegacyTorchFile.isLegacy(file)) {
            return describe(file, CheckpointFormat.PYTORCH_LEGACY, PthReader.read(file));
        }
        return Zips.withZip(file, FileKind.ANY, zip -> describe(zip, file));
    }

    private static CheckpointDescription describe(ZipFile zip, Path file) {
        CheckpointFormat format = CheckpointFormat.detect(zip, file);
        return switch (format) {
            case JAYWALK -> {
                Checkpoint checkpoint = CheckpointFile.read(zip, file);
                yield describe(file, format, checkpoint.tensors(), checkpoint.meta());
            }
            case PYTORCH, PYTORCH_LEGACY -> describe(file, format, PthReader.read(zip, file));
            case NPZ -> describe(file, format, NpzArchive.readArrays(zip, file, FileKind.NPZ),
                    JsonNodeFactory.instance.objectNode());
        };
    }

    private static CheckpointDescription describe(Path file, CheckpointFormat format, PthCheckpoint checkpoint) {
        ObjectNode metadata = (ObjectNode) JsonValues.toJson(checkpoint.metadata());
        return describe(file, format, checkpoint.tensors(), metadata);
    }

    private static CheckpointDescription describe(Path file, CheckpointFormat format, Map<String, HostArray> tensors,
                                                  ObjectNode metadata) {
        List<TensorInfo> infos = tensors.entrySet().stream().map(e -> TensorInfo.of(e.getKey(), e.getValue())).toList();
        return new CheckpointDescription(file, format, infos, metadata);
    }
}
