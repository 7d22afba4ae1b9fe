package org.jaywalk.framework.sweep;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a sweep section's keys as experiment keys: {@code "walk.temperature" = ...} (one quoted key) and
 * {@code walk { temperature = ... }} (nested objects) both mean {@code walk.temperature}.
 */
final class SweepKeys {

    private SweepKeys() {
    }

    /**
     * The leaves of {@code object} by dotted key, sorted by key.
     *
     * @param leaf decides whether an object value is a leaf itself (e.g. a distribution) rather than nesting
     */
    static Map<String, ConfigValue> flatten(ConfigObject object, Predicate<ConfigObject> leaf) {
        Map<String, ConfigValue> out = new TreeMap<>();
        flatten(object, "", leaf, out);
        return out;
    }

    private static void flatten(ConfigObject object, String prefix, Predicate<ConfigObject> leaf, Map<String, ConfigValue> out) {
        object.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof ConfigObject child && !leaf.test(child)) {
                flatten(child, path + ".", leaf, out);
            } else {
                out.put(path, value);
            }
        });
    }
}
