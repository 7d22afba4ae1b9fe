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
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof Object[] tuple) {
            return plainList(Arrays.asList(tuple));
        }
        if (value instanceof Collection<?> items) {
            return plainList(items);
        }
        return value;
    }

    private static Map<Object, Object> plainMap(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static List<Object> plainList(Collection<?> items) {
        return items.stream().map(PyValues::plain).toList();
    }
}
