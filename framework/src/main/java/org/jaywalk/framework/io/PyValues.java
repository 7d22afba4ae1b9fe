package org.jaywalk.framework.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts unpickled values to plain Java: dicts and namespaces to maps, tuples, lists and sets to lists. */
final class PyValues {

    private PyValues() {
    }

    /** {@code value} with every container replaced by a {@link LinkedHashMap} or a {@link List}. */
    static Object plain(Object value) {
        return plain(value, 0);
    }

    private static Object plain(Object value, int depth) {
        TensorViews.checkDepth(depth);
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v, depth + 1)));
            return out;
        }
        if (value instanceof Object[] tuple) {
            return plainList(Arrays.asList(tuple), depth);
        }
        if (value instanceof Collection<?> items) {
            return plainList(items, depth);
        }
        return value;
    }

    private static List<Object> plainList(Collection<?> items, int depth) {
        return items.stream().map(v -> plain(v, depth + 1)).toList();
    }
}
