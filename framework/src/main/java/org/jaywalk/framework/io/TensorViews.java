package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces every {@link TensorView} of an unpickled object by its dense tensor, reading storages on demand.
 * Containers nested deeper than {@value #MAX_DEPTH} (or containing themselves) are refused.
 */
final class TensorViews {

    /** Deepest nesting of containers accepted in a checkpoint. */
    static final int MAX_DEPTH = 64;

    private TensorViews() {
    }

    /** {@code value} with its tensor views materialized; containers are updated in place. */
    static Object materialize(Object value, StorageSource source) {
        return materialize(value, source, 0);
    }

    /** Fails if a container is nested {@code depth} levels deep, more than a checkpoint needs. */
    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new FormatException("containers are nested more than " + MAX_DEPTH + " levels deep (or contain"
                    + " themselves)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object materialize(Object value, StorageSource source, int depth) {
        checkDepth(depth);
        if (value instanceof TensorView view) {
            return view.gather(source.bytes(view.storage()));
        }
        if (value instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).replaceAll((k, v) -> materialize(v, source, depth + 1));
        } else if (value instanceof List<?> list) {
            ((List<Object>) list).replaceAll(v -> materialize(v, source, depth + 1));
        } else if (value instanceof Object[] tuple) {
            for (int i = 0; i < tuple.length; i++) {
                tuple[i] = materialize(tuple[i], source, depth + 1);
            }
        } else if (value instanceof Set<?> set) {
            Set<Object> items = new LinkedHashSet<>();
            set.forEach(v -> items.add(materialize(v, source, depth + 1)));
            ((Collection<Object>) set).clear();
            ((Collection<Object>) set).addAll(items);
        }
        return value;
    }
}
