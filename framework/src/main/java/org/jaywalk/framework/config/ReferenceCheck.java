package org.jaywalk.framework.config;

import org.jaywalk.framework.spi.config.ConfigError;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a resolved experiment against its reference tree (framework defaults plus each selected factory's
 * defaults): every key must exist in the reference and hold a value of the reference's type. An empty
 * object in the reference is a free-form map; a null default accepts any value.
 */
final class ReferenceCheck {

    private final Map<String, String> blockLabels;
    private final String root;

    /** @param blockLabels how to name a block in messages, by path (e.g. {@code dataset (type = fake)}) */
    ReferenceCheck(Map<String, String> blockLabels) {
        this(blockLabels, "");
    }

    /**
     * Checks a block that lives at {@code root} (e.g. {@code listeners[0]}): messages name its keys below it.
     *
     * @param blockLabels how to name blocks in messages, by their full path
     */
    ReferenceCheck(Map<String, String> blockLabels, String root) {
        this.blockLabels = blockLabels;
        this.root = root;
    }

    /** Throws a {@link ConfigError} naming the first offending key and its origin. */
    void check(ConfigObject actual, ConfigObject reference) {
        check(actual, reference, List.of());
    }

    private void check(ConfigObject actual, ConfigObject reference, List<String> parent) {
        if (reference.isEmpty() && !parent.isEmpty()) {
            return; // free-form map
        }
        for (String key : new TreeSet<>(actual.keySet())) {
            List<String> path = new ArrayList<>(parent);
            path.add(key);
            ConfigValue value = actual.get(key);
            ConfigValue expected = reference.get(key);
            if (expected == null) {
                throw unknownKey(path, value, reference, parent);
            }
            checkType(path, value, expected);
            if (value instanceof ConfigObject object && expected instanceof ConfigObject expectedObject) {
                check(object, expectedObject, path);
            }
        }
    }

    private ConfigError unknownKey(List<String> path, ConfigValue value, ConfigObject reference, List<String> parent) {
        String full = display(path);
        List<String> valid = reference.keySet().stream().sorted().toList();
        List<String> validPaths = valid.stream().map(k -> display(append(parent, k))).toList();
        String where = parent.isEmpty() ? (root.isEmpty() ? "the experiment (top level)" : label(root))
                : label(display(parent));
        return new ConfigError("unknown key " + full + " [" + value.origin().description() + "]"
                + ClosestMatches.hint(full, validPaths) + "; valid keys of " + where + ": " + String.join(", ", valid));
    }

    private void checkType(List<String> path, ConfigValue value, ConfigValue expected) {
        ConfigValueType want = expected.valueType();
        ConfigValueType got = value.valueType();
        boolean ok = switch (want) {
            case NULL -> true;
            case OBJECT -> got == ConfigValueType.OBJECT;
            case LIST -> got == ConfigValueType.LIST;
            case NUMBER -> got == ConfigValueType.NUMBER || converts(value, want);
            case BOOLEAN -> got == ConfigValueType.BOOLEAN || converts(value, want);
            case STRING -> got != ConfigValueType.OBJECT && got != ConfigValueType.LIST;
        };
        if (!ok) {
            throw new ConfigError(display(path) + " = " + render(value) + " [" + value.origin().description()
                    + "] has the wrong type: expected " + want + " (default " + render(expected) + "), got " + got);
        }
    }

    private static boolean converts(ConfigValue value, ConfigValueType type) {
        if (value.valueType() != ConfigValueType.STRING) {
            return false;
        }
        try {
            if (type == ConfigValueType.NUMBER) {
                value.atKey("v").getNumber("v");
            } else {
                value.atKey("v").getBoolean("v");
            }
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    private String label(String path) {
        return blockLabels.getOrDefault(path, path);
    }

    private static List<String> append(List<String> parent, String key) {
        List<String> path = new ArrayList<>(parent);
        path.add(key);
        return path;
    }

    /** A key's path as messages show it: below the checked block's root. */
    private String display(List<String> path) {
        String relative = ConfigUtil.joinPath(path);
        return root.isEmpty() ? relative : root + "." + relative;
    }

    private static String render(ConfigValue value) {
        return value.render(ConfigRenderOptions.concise());
    }
}
