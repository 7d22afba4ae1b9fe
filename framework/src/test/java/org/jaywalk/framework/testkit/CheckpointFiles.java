package org.jaywalk.framework.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.spi.io.HostArray;

/** Writes Jaywalk checkpoint files ({@code .ckpt}) holding given tensors, for tests of weight loading. */
public final class CheckpointFiles {

    private CheckpointFiles() {
    }

    /** Writes {@code tensors} (canonical layout, by parameter name) as a checkpoint with empty metadata. */
    public static Path write(Path file, Map<String, HostArray> tensors) {
        CheckpointFile.write(file, tensors, new ObjectMapper().createObjectNode());
        return file;
    }
}
