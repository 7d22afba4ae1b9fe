package org.jaywalk.framework.testkit;

import com.typesafe.config.ConfigFactory;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ComponentFactory;

/**
 * Builds a component from its factory as an experiment block would, without a graph: the given HOCON merged over
 * the factory's {@code defaults()}. For components that build no graph (listeners, datasets, schedules,
 * evaluators); {@link ComponentHarness#create} does the same beside a graph.
 *
 * <pre>{@code
 * TrainingListener listener = ComponentBlocks.create(new MyListenerFactory(), "listeners.0", "every = 2");
 * }</pre>
 */
public final class ComponentBlocks {

    private ComponentBlocks() {
    }

    /**
     * @param path the block's path in an experiment, e.g. {@code dataset}; errors name it
     * @param hocon the block's settings, e.g. {@code "batch-size = 2, frame-size = 16"}
     */
    public static <T> T create(ComponentFactory<T> factory, String path, String hocon) {
        return create(factory, path, hocon, 0);
    }

    /** As {@link #create(ComponentFactory, String, String)}, with the experiment seed {@code seed}. */
    public static <T> T create(ComponentFactory<T> factory, String path, String hocon, long seed) {
        var block = ConfigFactory.parseString(hocon).withFallback(ConfigFactory.parseString(factory.defaults()))
                .resolve();
        return factory.create(new ComponentConfig(path, block, seed));
    }
}
