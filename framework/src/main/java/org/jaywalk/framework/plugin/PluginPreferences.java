package org.jaywalk.framework.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which plugin wins when several register the same name for an extension point: the experiment's
 * {@code plugins.prefer { <extension point> { <name> = <plugin> } }}, e.g. {@code plugins.prefer.walk.skip = skip-walk}.
 */
public final class PluginPreferences {

    /** The experiment key holding the preferences. */
    public static final String KEY = "plugins.prefer";

    private static final PluginPreferences NONE = new PluginPreferences(Map.of());

    /** Extension point name -> component name -> plugin name. */
    private final Map<String, Map<String, String>> winners;

    private PluginPreferences(Map<String, Map<String, String>> winners) {
        this.winners = winners;
    }

    /** No preferences: every name must be registered by one plugin only. */
    public static PluginPreferences none() {
        return NONE;
    }

    /** @param winners extension point name -> component name -> the plugin that provides it */
    public static PluginPreferences of(Map<String, Map<String, String>> winners) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        winners.forEach((point, names) -> copy.put(point, Map.copyOf(names)));
        return new PluginPreferences(Map.copyOf(copy));
    }

    /** The plugin preferred for {@code name} of {@code point}, if the experiment names one. */
    public Optional<String> winner(String point, String name) {
        return Optional.ofNullable(winners.getOrDefault(point, Map.of()).get(name));
    }

    /** The key that chooses the plugin for a name, e.g. {@code plugins.prefer.walk.skip}. */
    public static String keyFor(String point, String name) {
        boolean plain = name.matches("[A-Za-z0-9_-]+");
        return KEY + "." + point + "." + (plain ? name : com.typesafe.config.ConfigUtil.quoteString(name));
    }

    /** Every preference, for checks that they name existing plugins. */
    Map<String, Map<String, String>> all() {
        return winners;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginPreferences p && p.winners.equals(winners);
    }

    @Override
    public int hashCode() {
        return winners.hashCode();
    }

    @Override
    public String toString() {
        return winners.toString();
    }
}
