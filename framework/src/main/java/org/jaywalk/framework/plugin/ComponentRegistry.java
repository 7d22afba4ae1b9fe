package org.jaywalk.framework.plugin;

import com.google.inject.Binding;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.util.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jaywalk.framework.config.ClosestMatches;
import org.jaywalk.framework.config.ComponentBlock;
import org.jaywalk.framework.config.FactoryLookup;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.spi.CommandContribution;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * Every component factory of every discovered plugin, by extension point and name, from one Guice injector
 * built from all plugin modules. Knows which plugin registers each name, so conflicts and unknown names
 * give errors that say where to look.
 */
public final class ComponentRegistry implements FactoryLookup {

    private final List<PluginInfo> plugins;
    private final Injector injector;
    /** For each extension point name: component name -> the plugin registering it. */
    private final Map<String, Map<String, PluginInfo>> providers;

    private ComponentRegistry(List<PluginInfo> plugins, Injector injector, Map<String, Map<String, PluginInfo>> providers) {
        this.plugins = List.copyOf(plugins);
        this.injector = injector;
        this.providers = providers;
    }

    /**
     * Builds the registry.
     *
     * @throws PluginError when two plugins register the same name for the same extension point, or the
     *     modules cannot be combined
     */
    public static ComponentRegistry build(List<DiscoveredPlugin> discovered) {
        List<PluginInfo> infos = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        Map<String, Map<String, PluginInfo>> providers = new LinkedHashMap<>();
        ExtensionPoint.ALL.forEach(p -> providers.put(p.name(), new TreeMap<>()));
        for (DiscoveredPlugin d : discovered) {
            Module module = d.plugin().module();
            PluginInfo info = new PluginInfo(d.plugin().name(), d.plugin().version(), d.origin(),
                    scan(module, d));
            info.registers().forEach((point, names) -> names.forEach(name -> {
                PluginInfo other = providers.get(point).putIfAbsent(name, info);
                if (other != null) {
                    throw new PluginError("the " + point + " '" + name + "' is registered by two plugins: "
                            + other.describe() + " and " + info.describe() + "; remove one of them");
                }
            }));
            infos.add(info);
            modules.add(module);
        }
        return new ComponentRegistry(infos, createInjector(modules), providers);
    }

    private static Map<String, List<String>> scan(Module module, DiscoveredPlugin plugin) {
        try {
            return RegistrationScanner.namesRegisteredBy(module);
        } catch (RuntimeException e) {
            throw new PluginError("cannot read the registrations of " + plugin.describe() + ": " + e.getMessage(), e);
        }
    }

    private static Injector createInjector(List<Module> modules) {
        try {
            return Guice.createInjector(modules);
        } catch (CreationException e) {
            throw new PluginError("cannot combine the plugins' modules: " + e.getMessage(), e);
        }
    }

    /**
     * The factory registered as {@code name} for {@code point}.
     *
     * @throws UnknownComponentError listing the names that exist and the plugin providing each
     */
    public <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name) {
        Map<String, F> factories = factories(point);
        F factory = factories.get(name);
        if (factory == null) {
            throw new UnknownComponentError("no " + point + " named '" + name + "'"
                    + ClosestMatches.hint(name, factories.keySet()) + "; known "
                    + point + "s: " + describeNames(point));
        }
        return factory;
    }

    /**
     * Builds the component of {@code point} configured in the experiment's block for it (e.g.
     * {@code model.encoder}): the factory its {@code type} names, given the block with defaults merged.
     */
    public <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, ResolvedExperiment experiment) {
        ComponentBlock block = ComponentBlock.of(point);
        return factory(point, experiment.componentType(block)).create(experiment.component(block));
    }

    @Override
    public ComponentFactory<?> factoryFor(ExtensionPoint<?> point, String name) {
        return factory(point, name);
    }

    @Override
    public List<String> names(ExtensionPoint<?> point) {
        return List.copyOf(providers.get(point.name()).keySet());
    }

    /** The discovered plugins, in discovery order. */
    public List<PluginInfo> plugins() {
        return plugins;
    }

    /** The plugin registering {@code name} for {@code point}. */
    public PluginInfo provider(ExtensionPoint<?> point, String name) {
        factory(point, name);
        return providers.get(point.name()).get(name);
    }

    /** Subcommands contributed by plugins. */
    public Set<CommandContribution> commands() {
        @SuppressWarnings("unchecked")
        Key<Set<CommandContribution>> key = (Key<Set<CommandContribution>>) Key.get(Types.setOf(CommandContribution.class));
        return injector.getExistingBinding(key) == null ? Set.of() : injector.getInstance(key);
    }

    private <F extends ComponentFactory<?>> Map<String, F> factories(ExtensionPoint<F> point) {
        @SuppressWarnings("unchecked")
        Key<Map<String, F>> key = (Key<Map<String, F>>) Key.get(Types.mapOf(String.class, point.factoryType()));
        Binding<Map<String, F>> binding = injector.getExistingBinding(key);
        return binding == null ? Map.of() : injector.getInstance(key);
    }

    private String describeNames(ExtensionPoint<?> point) {
        Map<String, PluginInfo> names = providers.get(point.name());
        if (names.isEmpty()) {
            return "none (no installed plugin registers any)";
        }
        List<String> parts = new ArrayList<>();
        names.forEach((name, plugin) -> parts.add(name + " (" + plugin.describe() + ")"));
        return String.join(", ", parts);
    }
}
