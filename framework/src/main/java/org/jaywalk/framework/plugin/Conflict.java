package org.jaywalk.framework.plugin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A name that several plugins register for one extension point and that the experiment's
 * {@value PluginPreferences#KEY} does not settle.
 *
 * @param point the extension point's name
 * @param name the component name
 * @param plugins the plugins registering it, in discovery order
 */
public record Conflict(String point, String name, List<PluginInfo> plugins) {

    public Conflict {
        plugins = List.copyOf(plugins);
    }

    /** One line naming every plugin (and jar) and how to choose one. */
    public String message() {
        String all = plugins.stream().map(PluginInfo::describe).collect(Collectors.joining(" and "));
        return "the " + point + " '" + name + "' is registered by " + plugins.size() + " plugins: " + all
                + "; remove all but one, or choose one in the experiment with " + PluginPreferences.keyFor(point, name)
                + " = " + plugins.get(0).name();
    }
}
