package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * How an experiment names one of its components, for errors found while the graph is built: the config key that
 * selects it, the type it selects and the plugin providing that type, e.g. {@code walk.type = palindrome
 * (plugin 'crw' (class path))}.
 *
 * @param key the dotted {@code type} key, e.g. {@code walk.type}
 * @param type the component's type name
 * @param plugin where the type comes from, e.g. {@code plugin 'crw' (class path)}
 */
public record ComponentLabel(String key, String type, String plugin) {

    /** A component an experiment selected: {@code point}'s {@code type} key, the type, its plugin's description. */
    public static ComponentLabel selected(ExtensionPoint<?> point, String type, String plugin) {
        return new ComponentLabel(point.typePath(), type, plugin);
    }

    /** A component built directly, without an experiment (tests): its class stands in for type and plugin. */
    public static ComponentLabel direct(ExtensionPoint<?> point, Object component) {
        return new ComponentLabel(point.typePath(), component.getClass().getSimpleName(),
                "class " + component.getClass().getName());
    }

    /** {@code walk.type = palindrome (plugin 'crw' (class path))}. */
    public String describe() {
        return key + " = " + type + " (" + plugin + ")";
    }
}
