package org.jaywalk.framework.plugin;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.spi.Elements;
import com.google.inject.util.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jaywalk.framework.config.ClosestMatches;
import org.jaywalk.framework.config.FactoryLookup;
import org.jaywalk.framework.spi.ComponentBuilder;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.cli.CommandContribution;
import org.jaywalk.framework.spi.config.Experiment;

/**
 * Every component factory of every discovered plugin, by extension point and name, from one Guice injector
 * built from all plugin modules. Knows which plugin registers each name, so conflicts and unknown names
 * give errors that say where to look. When several plugins register one name, the experiment's
 * {@value PluginPreferences#KEY} picks the one that is used.
 */
public final class ComponentRegistry implements FactoryLookup, ComponentBuilder {

    /** The plugin whose factory a name resolves to, and the binding holding it. */
    private record Provider(PluginInfo plugin, Key<?> key) {
    }

    private final List<PluginInfo> plugins;
    private final List<ExtensionPoint<?>> points;
    private final Injector injector;
    /** For each extension point name: component name -> the plugin whose factory is used. */
    private final Map<String, Map<String, Provider>> providers;
    /** Names several plugins register that no preference settles, by extension point name then name. */
    private final Map<String, Map<String, Conflict>> conflicts;

    private ComponentRegistry(List<PluginInfo> plugins, List<ExtensionPoint<?>> points, Injector injector,
                              Map<String, Map<String, Provider>> providers, Map<String, Map<String, Conflict>> conflicts) {
        this.plugins = List.copyOf(plugins);
        this.points = List.copyOf(points);
        this.injector = injector;
        this.providers = providers;
        this.conflicts = conflicts;
    }

    /**
     * Builds the registry; every name must be registered by one plugin only.
     *
     * @throws PluginError when two plugins register the same name for the same extension point, or the
     *     modules cannot be combined
     */
    public static ComponentRegistry build(List<DiscoveredPlugin> discovered) {
        return build(discovered, PluginPreferences.none());
    }

    /**
     * Builds the registry; a name several plugins register must be settled by {@code preferences}.
     *
     * @throws PluginError for an unsettled conflict, a preference naming a plugin that does not register the
     *     name, or modules that cannot be combined
     */
    public static ComponentRegistry build(List<DiscoveredPlugin> discovered, PluginPreferences preferences) {
        ComponentRegistry registry = survey(discovered, preferences);
        registry.conflicts().stream().findFirst().ifPresent(c -> {
            throw new PluginError(c.message());
        });
        return registry;
    }

    /**
     * Builds the registry even when names conflict (for listings): a conflicting name can be listed but not
     * used; {@link #conflicts()} tells which.
     */
    public static ComponentRegistry survey(List<DiscoveredPlugin> discovered, PluginPreferences preferences) {
        List<ExtensionPoint<?>> points = extensionPoints(discovered);
        List<ScannedPlugin> scanned = discovered.stream().map(p -> ScannedPlugin.scan(p, points)).toList();
        Map<String, Map<String, List<ScannedPlugin>>> candidates = candidates(scanned, points);
        checkPreferences(preferences, candidates);
        Map<String, Map<String, Provider>> providers = new LinkedHashMap<>();
        Map<String, Map<String, Conflict>> conflicts = new LinkedHashMap<>();
        candidates.forEach((point, byName) -> {
            providers.put(point, new TreeMap<>());
            conflicts.put(point, new TreeMap<>());
            byName.forEach((name, those) -> choose(point, name, those, preferences).ifPresentOrElse(
                    winner -> providers.get(point).put(name, new Provider(winner.info(), winner.keys().get(point).get(name))),
                    () -> conflicts.get(point).put(name, new Conflict(point, name,
                            those.stream().map(ScannedPlugin::info).toList()))));
        });
        List<PluginInfo> infos = scanned.stream().map(ScannedPlugin::info).toList();
        return new ComponentRegistry(infos, points, createInjector(scanned, points), providers, conflicts);
    }

    /** The framework's extension points, then those the plugins declare; names must be unique. */
    private static List<ExtensionPoint<?>> extensionPoints(List<DiscoveredPlugin> discovered) {
        Map<String, String> declaredBy = new LinkedHashMap<>();
        ExtensionPoint.BUILT_IN.forEach(p -> declaredBy.put(p.name(), "the framework"));
        List<ExtensionPoint<?>> points = new ArrayList<>(ExtensionPoint.BUILT_IN);
        for (DiscoveredPlugin plugin : discovered) {
            List<ExtensionPoint<?>> declared;
            try {
                declared = plugin.plugin().extensionPoints();
            } catch (RuntimeException | LinkageError e) {
                throw new PluginError("cannot read the extension points of " + plugin.describe() + ": "
                        + PluginFailures.describe(e), e);
            }
            for (ExtensionPoint<?> point : declared) {
                String previous = declaredBy.putIfAbsent(point.name(), plugin.describe());
                if (previous != null) {
                    throw new PluginError(plugin.describe() + " declares the extension point '" + point.name()
                            + "', which " + previous + " declares already: rename one of them");
                }
                points.add(point);
            }
        }
        return points;
    }

    /** Extension point name -> component name -> the plugins registering it, in discovery order. */
    private static Map<String, Map<String, List<ScannedPlugin>>> candidates(List<ScannedPlugin> scanned,
                                                                           List<ExtensionPoint<?>> points) {
        Map<String, Map<String, List<ScannedPlugin>>> candidates = new LinkedHashMap<>();
        points.forEach(p -> candidates.put(p.name(), new TreeMap<>()));
        for (ScannedPlugin plugin : scanned) {
            plugin.keys().forEach((point, names) -> names.keySet().forEach(name ->
                    candidates.get(point).computeIfAbsent(name, n -> new ArrayList<>()).add(plugin)));
        }
        return candidates;
    }

    private static Optional<ScannedPlugin> choose(String point, String name, List<ScannedPlugin> those,
                                                  PluginPreferences preferences) {
        if (those.size() == 1) {
            return Optional.of(those.get(0));
        }
        return preferences.winner(point, name).flatMap(w -> those.stream().filter(p -> p.info().name().equals(w)).findFirst());
    }

    /** Every preference must name a plugin that registers that name. */
    private static void checkPreferences(PluginPreferences preferences,
                                         Map<String, Map<String, List<ScannedPlugin>>> candidates) {
        preferences.all().forEach((point, names) -> names.forEach((name, winner) -> {
            String key = PluginPreferences.keyFor(point, name);
            if (!candidates.containsKey(point)) {
                throw new PluginError(key + ": there is no extension point '" + point + "'; extension points: "
                        + String.join(", ", candidates.keySet()));
            }
            List<ScannedPlugin> those = candidates.get(point).getOrDefault(name, List.of());
            if (those.stream().noneMatch(p -> p.info().name().equals(winner))) {
                throw new PluginError(key + " = " + winner + ", but " + (those.isEmpty()
                        ? "no plugin registers the " + point + " '" + name + "'"
                        : "the " + point + " '" + name + "' is registered only by "
                                + String.join(" and ", those.stream().map(p -> p.info().describe()).toList())));
            }
        }));
    }

    /**
     * One injector from every plugin's recorded elements (so factory binding keys match the scanned ones),
     * with duplicate names permitted in the factory maps: the registry picks the factory by binding key.
     */
    private static Injector createInjector(List<ScannedPlugin> scanned, List<ExtensionPoint<?>> points) {
        List<Module> modules = new ArrayList<>();
        modules.add(new FrameworkServicesModule());
        scanned.forEach(p -> modules.add(Elements.getModule(p.elements())));
        modules.add(binder -> points.forEach(point ->
                MapBinder.newMapBinder(binder, String.class, point.factoryType()).permitDuplicates()));
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
     * @throws PluginError when several plugins register the name and no preference picks one
     */
    public <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name) {
        Conflict conflict = conflicts.get(point.name()).get(name);
        if (conflict != null) {
            throw new PluginError(conflict.message());
        }
        Provider provider = providers.get(point.name()).get(name);
        if (provider == null) {
            throw new UnknownComponentError("no " + point + " named '" + name + "'"
                    + ClosestMatches.hint(name, names(point)) + "; known " + point + "s: " + describeNames(point));
        }
        try {
            return point.factoryType().cast(injector.getInstance(provider.key()));
        } catch (ProvisionException e) {
            if (e.getCause() instanceof RuntimeException cause && e.getErrorMessages().size() == 1) {
                throw cause; // the factory's own error, as it said it
            }
            throw new PluginError("cannot build the " + point + " factory '" + name + "' of "
                    + provider.plugin().describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the component of {@code point} configured in the experiment's block for it (e.g.
     * {@code model.encoder}): the factory its {@code type} names, given the block with defaults merged.
     */
    public <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, Experiment experiment) {
        return create(point, experiment.component(point));
    }

    /** Builds one component per block of {@code point} (the elements of a list block such as {@code listeners}). */
    public <T, F extends ComponentFactory<T>> List<T> createAll(ExtensionPoint<F> point, Experiment experiment) {
        return experiment.components(point).stream().map(block -> create(point, block)).toList();
    }

    @Override
    public <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, ComponentConfig block) {
        return factory(point, block.getString(ExtensionPoint.TYPE_KEY)).create(block.withBuilder(this));
    }

    /**
     * Runs every component block's validation ({@link ComponentFactory#validate}): each single block the
     * experiment has and each element of its list blocks, in extension point order.
     *
     * @throws org.jaywalk.framework.spi.config.ConfigError for the first bad setting
     */
    public void validate(Experiment experiment) {
        for (ExtensionPoint<?> point : points) {
            if (point.configPath() != null) {
                experiment.components(point).forEach(block ->
                        factory(point, block.getString(ExtensionPoint.TYPE_KEY)).validate(block.withBuilder(this)));
            }
        }
    }

    @Override
    public ComponentFactory<?> factoryFor(ExtensionPoint<?> point, String name) {
        return factory(point, name);
    }

    @Override
    public List<String> names(ExtensionPoint<?> point) {
        List<String> names = new ArrayList<>(providers.get(point.name()).keySet());
        names.addAll(conflicts.get(point.name()).keySet());
        return names.stream().sorted().toList();
    }

    @Override
    public List<ExtensionPoint<?>> points() {
        return points;
    }

    /** The extension point named {@code name}; fails listing the known ones. */
    public ExtensionPoint<?> point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new UnknownComponentError("no extension point named '" + name + "'"
                        + ClosestMatches.hint(name, points.stream().map(ExtensionPoint::name).toList())));
    }

    /** The discovered plugins, in discovery order. */
    public List<PluginInfo> plugins() {
        return plugins;
    }

    /** Names several plugins register that no preference settles (empty for a registry from {@link #build}). */
    public List<Conflict> conflicts() {
        return conflicts.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The plugin whose factory is used for {@code name} of {@code point}. */
    public PluginInfo provider(ExtensionPoint<?> point, String name) {
        factory(point, name);
        return providers.get(point.name()).get(name).plugin();
    }

    /**
     * An injector that sees every plugin's bindings (factories and the framework services they use) plus
     * {@code modules}: how the composition root assembles an experiment.
     */
    public Injector childInjector(Module... modules) {
        try {
            return injector.createChildInjector(modules);
        } catch (CreationException e) {
            throw new PluginError("cannot assemble the experiment: " + e.getMessage(), e);
        }
    }

    /** Subcommands contributed by plugins. */
    public Set<CommandContribution> commands() {
        @SuppressWarnings("unchecked")
        Key<Set<CommandContribution>> key = (Key<Set<CommandContribution>>) Key.get(Types.setOf(CommandContribution.class));
        return injector.getExistingBinding(key) == null ? Set.of() : injector.getInstance(key);
    }

    private String describeNames(ExtensionPoint<?> point) {
        Map<String, Provider> names = providers.get(point.name());
        if (names.isEmpty()) {
            return "none (no installed plugin registers any)";
        }
        List<String> parts = new ArrayList<>();
        names.forEach((name, provider) -> parts.add(name + " (" + provider.plugin().describe() + ")"));
        return String.join(", ", parts);
    }
}
