package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.HostArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Jaywalk reads from a PyTorch checkpoint.
 *
 * @param tensors the state dict, in file order (unmodifiable)
 * @param metadata every other top-level entry as plain Java values: maps (an {@code argparse.Namespace}
 *                 becomes a map of its fields), lists (tuples and sets too), strings, numbers, booleans,
 *                 nulls and {@link HostArray}s
 * @param stateDictKey the top-level key the state dict was found under ({@code model}), or {@code ""} if
 *                     the whole file is a state dict
 */
public record PthCheckpoint(Map<String, HostArray> tensors, Map<String, Object> metadata, String stateDictKey) {

    public PthCheckpoint {
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
