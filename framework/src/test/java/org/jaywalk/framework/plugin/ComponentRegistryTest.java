package org.jaywalk.framework.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import com.google.inject.Module;
import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.Plugin;
import org.jaywalk.framework.spi.PluginModule;
import org.jaywalk.framework.spi.Registrar;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.train.ListenerFactory;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.FakeComponents;
import org.jaywalk.framework.testing.TestPlugin;
import org.junit.jupiter.api.Test;

class ComponentRegistryTest {

    /** A plugin registering one walk under a given name, and a subcommand. */
    private record WalkPlugin(String name, String walkName) implements JaywalkPlugin {
        @Override
        public int apiVersion() {
            return API_VERSION;
        }

        @Override
        public Module module() {
            return new PluginModule() {
                @Override
                protected void configureComponents() {
                    register(ExtensionPoint.WALK, walkName, new FakeComponents.PairWalkFactory());
                    contributeCommand(context -> "a command object");
                }
            };
        }
    }

    @Test
    void sameNameFromTwoPluginsIsAnErrorNamingBoth() {
        List<DiscoveredPlugin> plugins = List.of(DiscoveredPlugin.builtIn(new TestPlugin()),
                new DiscoveredPlugin(new WalkPlugin("other", "pair"), "/opt/jaywalk/plugins/other.jar"));
        PluginError e = assertThrows(PluginError.class, () -> ComponentRegistry.build(plugins));
        assertTrue(e.getMessage().contains("the walk 'pair' is registered by 2 plugins"), e.getMessage());
        assertTrue(e.getMessage().contains("plugin 'test' (class path)"), e.getMessage());
        assertTrue(e.getMessage().contains("plugin 'other' (/opt/jaywalk/plugins/other.jar)"), e.getMessage());
    }

    @Test
    void moduleThatFailsIsNamed() {
        JaywalkPlugin broken = new JaywalkPlugin() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Module module() {
                return binder -> {
                    throw new IllegalStateException("missing native library");
                };
            }
        };
        PluginError e = assertThrows(PluginError.class,
                () -> ComponentRegistry.build(List.of(new DiscoveredPlugin(broken, "/p/broken.jar"))));
        assertTrue(e.getMessage().startsWith("the module of plugin 'broken' (/p/broken.jar) failed"), e.getMessage());
        assertTrue(e.getMessage().contains("missing native library"), e.getMessage());
    }

    @Test
    void unknownNameListsTheNamesThatExistAndTheirPlugins() {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new TestPlugin()),
                DiscoveredPlugin.builtIn(new WalkPlugin("other", "skip"))));
        UnknownComponentError e = assertThrows(UnknownComponentError.class,
                () -> registry.factory(ExtensionPoint.WALK, "pairs"));
        assertEquals("no walk named 'pairs' (did you mean pair?); known walks: pair (plugin 'test' (class path)),"
                + " skip (plugin 'other' (class path))", e.getMessage());
    }

    @Test
    void pointWithoutRegistrationsSaysSo() {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new WalkPlugin("w", "x"))));
        UnknownComponentError e = assertThrows(UnknownComponentError.class,
                () -> registry.factory(ExtensionPoint.ENCODER, "resnet18"));
        assertTrue(e.getMessage().contains("known encoders: none (no installed plugin registers any)"), e.getMessage());
    }

    @Test
    void collectsContributedCommands() {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new WalkPlugin("w", "x"))));
        assertEquals(List.of("a command object"), registry.commands().stream().map(c -> c.command(null)).toList());
        assertEquals(0, ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new TestPlugin()))).commands().size());
    }

    /** A listener factory built by Guice, with a framework service injected. */
    public static final class InjectedFactory implements ListenerFactory {
        final TestTimeFeatures features;

        @Inject
        public InjectedFactory(TestTimeFeatures features) {
            this.features = features;
        }

        @Override
        public String defaults() {
            return "";
        }

        @Override
        public TrainingListener create(ComponentConfig config) {
            return new TrainingListener() { };
        }
    }

    /** The factory type of a plugin's own extension point. */
    public interface FilterFactory extends ComponentFactory<String> {
    }

    private static final ExtensionPoint<FilterFactory> FILTER = ExtensionPoint.declare("frame-filter",
            FilterFactory.class, "filter");

    /** Declares {@code frame-filter} (block {@code filter}) and registers {@code blur} for it. */
    private static final class FilterPlugin extends Plugin {
        FilterPlugin() {
            this("filters");
        }

        FilterPlugin(String name) {
            super(name, API_VERSION);
        }

        @Override
        public List<ExtensionPoint<?>> extensionPoints() {
            return List.of(FILTER);
        }

        @Override
        protected void register(Registrar components) {
            components.register(FILTER, "blur", new FilterFactory() {
                public String defaults() {
                    return "radius = 2";
                }

                public String create(ComponentConfig c) {
                    return "blur " + c.getIntAtLeast("radius", 1);
                }
            });
            components.register(ExtensionPoint.LISTENER, "injected", InjectedFactory.class);
        }
    }

    @Test
    void factoriesRegisteredByClassGetFrameworkServicesInjected() {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new FilterPlugin())));
        InjectedFactory factory = (InjectedFactory) registry.factory(ExtensionPoint.LISTENER, "injected");
        assertTrue(factory.features != null, "TestTimeFeatures injected");
        assertTrue(factory == registry.factory(ExtensionPoint.LISTENER, "injected"), "one instance");
    }

    @Test
    void pluginsDeclareExtensionPointsSelectedInExperimentBlocks() {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new TestPlugin()),
                DiscoveredPlugin.builtIn(new FilterPlugin())));
        assertEquals(FILTER, registry.point("frame-filter"));
        ExperimentLoader loader = new ExperimentLoader(registry);
        ResolvedExperiment e = loader.load(Experiments.tiny(), List.of("+filter.type=blur", "+filter.radius=3"));
        assertEquals("blur 3", registry.create(FILTER, e));
        ConfigError typo = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("+filter.type=blur", "+filter.radios=3")));
        assertTrue(typo.getMessage().contains("did you mean filter.radius"), typo.getMessage());
        assertTrue(!loader.load(Experiments.tiny(), List.of()).has(FILTER), "a declared point's block is optional");

        JaywalkPlugin twin = new FilterPlugin("twin");
        PluginError clash = assertThrows(PluginError.class, () -> ComponentRegistry.build(List.of(
                DiscoveredPlugin.builtIn(new FilterPlugin()), DiscoveredPlugin.builtIn(twin))));
        assertTrue(clash.getMessage().contains("declares the extension point 'frame-filter'"), clash.getMessage());
    }
}
