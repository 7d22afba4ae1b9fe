package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.HostArray;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a Jaywalk checkpoint file (see {@link CheckpointFile}).
 *
 * @param tensors named tensors in file order (unmodifiable)
 * @param meta free-form metadata: step, epoch, resolved configuration, ...
 */
public record Checkpoint(Map<String, HostArray> tensors, ObjectNode meta) {

    public Checkpoint {
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        Objects.requireNonNull(meta, "meta");
    }
}
