package org.jaywalk.framework.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plugin is and what it contributes, for listings and error messages.
 *
 * @param name the plugin's name
 * @param version the plugin's version
 * @param origin {@value PluginDiscovery#CLASS_PATH} or the jar's path
 * @param registers the names it registers, by extension point name, in {@code ExtensionPoint.BUILT_IN} order
 */
public record PluginInfo(String name, String version, String origin, Map<String, List<String>> registers) {

    public PluginInfo {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        registers.forEach((point, names) -> copy.put(point, List.copyOf(names)));
        registers = java.util.Collections.unmodifiableMap(copy);
    }

    /** {@code plugin 'name' (origin)}. */
    public String describe() {
        return "plugin '" + name + "' (" + origin + ")";
    }
}
