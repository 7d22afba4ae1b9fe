package org.jaywalk.framework.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.DiscoveredPlugin;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.Plugin;
import org.jaywalk.framework.spi.Registrar;
import org.jaywalk.framework.spi.train.ListenerFactory;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.TestPlugin;
import org.junit.jupiter.api.Test;

/** Listeners come from the {@code listeners} list and from every declared point whose factories make listeners. */
class RegistryComponentsTest {

    /** A listener that says which block made it. */
    private record Labelled(String label) implements TrainingListener {
    }

    /** The factory type of a plugin's own listener block. */
    interface WatcherFactory extends ListenerFactory {
    }

    /** Makes {@link Labelled} listeners; a listener factory for any point whose factories make listeners. */
    private record LabelledFactory(String label) implements WatcherFactory {
        @Override
        public String defaults() {
            return "label = " + label;
        }

        @Override
        public TrainingListener create(ComponentConfig c) {
            return new Labelled(c.getString("label"));
        }
    }

    /** The factory type of a plugin's own block that makes something else. */
    interface NoteFactory extends ComponentFactory<String> {
    }

    private static final ExtensionPoint<WatcherFactory> WATCHER = ExtensionPoint.declare("watcher",
            WatcherFactory.class, "watch");
    private static final ExtensionPoint<NoteFactory> NOTE = ExtensionPoint.declare("note", NoteFactory.class, "note");

    /** Declares {@code watcher} (block {@code watch}) and {@code note}; registers one of each. */
    private static final class WatchPlugin extends Plugin {
        WatchPlugin() {
            super("watch", API_VERSION);
        }

        @Override
        public List<ExtensionPoint<?>> extensionPoints() {
            return List.of(WATCHER, NOTE);
        }

        @Override
        protected void register(Registrar components) {
            components.register(WATCHER, "labelled", new LabelledFactory("watched"));
            components.register(ExtensionPoint.LISTENER, "listed", new LabelledFactory("listed"));
            components.register(NOTE, "text", new NoteFactory() {
                public String defaults() {
                    return "";
                }

                public String create(ComponentConfig c) {
                    throw new AssertionError("a note is no listener");
                }
            });
        }
    }

    private static final ComponentRegistry REGISTRY = ComponentRegistry.build(List.of(
            DiscoveredPlugin.builtIn(new TestPlugin()), DiscoveredPlugin.builtIn(new WatchPlugin())));

    private static List<TrainingListener> listeners(String... overrides) {
        ResolvedExperiment experiment = new ExperimentLoader(REGISTRY).load(Experiments.tiny(), List.of(overrides));
        return new RegistryComponents(REGISTRY, experiment).listeners();
    }

    @Test
    void aDeclaredBlockWhoseFactoriesMakeListenersAddsItsListenerAfterTheList() {
        assertEquals(List.of(new Labelled("a"), new Labelled("b"), new Labelled("watched")), listeners(
                "listeners=[{ type = listed, label = a }, { type = listed, label = b }]", "+watch.type=labelled",
                "+note.type=text"));
        assertEquals(List.of(new Labelled("listed")), listeners("listeners=[{ type = listed }]"),
                "the declared block is optional");
        assertEquals(List.of(), listeners());
    }
}
