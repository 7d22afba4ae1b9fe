package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * A training checkpoint read back from disk.
 *
 * @param file where it was read from
 * @param tensors every stored tensor by name, canonical layout
 * @param meta loop position, seeds, configuration
 */
public record LoadedCheckpoint(Path file, Map<String, HostArray> tensors, CheckpointMeta meta) {
}
