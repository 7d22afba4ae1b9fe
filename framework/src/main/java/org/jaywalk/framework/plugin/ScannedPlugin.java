package org.jaywalk.framework.plugin;

import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import java.util.LinkedHashMap;
import java.util.List;
import org.jaywalk.framework.spi.ExtensionPoint;
import java.util.Map;

/**
 * A discovered plugin with its Guice module recorded as elements (configured once) and the binding key of
 * every factory it registers.
 *
 * @param info what the plugin is and registers, for listings and messages
 * @param elements the module's recorded elements; the registry's injector is built from these
 * @param keys factory binding keys by extension point name, then component name
 */
record ScannedPlugin(PluginInfo info, List<Element> elements, Map<String, Map<String, Key<?>>> keys) {

    /**
     * Records the plugin's module and what it registers for each of {@code points}.
     *
     * @throws PluginError naming the plugin when its module cannot be created or configured
     */
    static ScannedPlugin scan(DiscoveredPlugin plugin, List<ExtensionPoint<?>> points) {
        List<Element> elements;
        try {
            Module module = plugin.plugin().module();
            elements = Elements.getElements(module);
        } catch (RuntimeException | LinkageError e) {
            throw new PluginError("cannot read the registrations of " + plugin.describe() + ": "
                    + PluginFailures.describe(e), e);
        }
        for (Element element : elements) {
            if (element instanceof Message message) {
                throw new PluginError("the module of " + plugin.describe() + " failed: " + message.getMessage(),
                        message.getCause());
            }
        }
        Map<String, Map<String, Key<?>>> keys = RegistrationScanner.registrations(elements, points);
        Map<String, List<String>> names = new LinkedHashMap<>();
        keys.forEach((point, byName) -> names.put(point, List.copyOf(byName.keySet())));
        PluginInfo info = new PluginInfo(plugin.plugin().name(), plugin.plugin().version(), plugin.origin(), names);
        return new ScannedPlugin(info, List.copyOf(elements), keys);
    }
}
