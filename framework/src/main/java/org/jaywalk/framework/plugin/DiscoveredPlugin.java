package org.jaywalk.framework.plugin;

import org.jaywalk.framework.spi.JaywalkPlugin;

/**
 * A plugin found by {@link PluginDiscovery} and where it came from.
 *
 * @param plugin the plugin instance
 * @param origin {@value PluginDiscovery#CLASS_PATH} for built-in plugins, else the jar's path
 */
public record DiscoveredPlugin(JaywalkPlugin plugin, String origin) {

    /** A plugin that is on the class path (built in, or a test's). */
    public static DiscoveredPlugin builtIn(JaywalkPlugin plugin) {
        return new DiscoveredPlugin(plugin, PluginDiscovery.CLASS_PATH);
    }

    /** {@code name (origin)}, for messages. */
    public String describe() {
        return "plugin '" + plugin.name() + "' (" + origin + ")";
    }
}
