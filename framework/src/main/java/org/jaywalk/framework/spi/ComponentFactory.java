package org.jaywalk.framework.spi;

import java.util.Map;

/**
 * Builds one kind of component from its config block. An experiment selects the factory with
 * {@code type = <name>}; the rest of the block is merged over {@link #defaults()} and handed to
 * {@link #create}.
 *
 * @param <T> the component type
 */
public interface ComponentFactory<T> {

    /**
     * The component's settings with their defaults, as HOCON. Keys that are not listed here are rejected
     * when an experiment is loaded, so this is also the component's documentation.
     */
    String defaults();

    /** Builds the component from its resolved block (defaults already merged). */
    T create(ComponentConfig config);

    /**
     * Checks a resolved block as {@link #create} would (ranges, choices, files named), so that a bad setting is
     * reported before training or a sweep starts ({@code jaywalk config} runs it for every block). By default it
     * builds the component and closes it; a factory whose {@code create} is expensive (e.g. indexes a folder of
     * videos) checks the settings alone.
     */
    default void validate(ComponentConfig config) {
        T component = create(config);
        if (component instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the " + config.path() + " built for validation failed", e);
            }
        }
    }

    /**
     * The keys of this component's block that hold a component of another extension point, e.g.
     * {@code Map.of("inner", ExtensionPoint.LOSS)} for {@code loss { type = my-wrapper, inner { type = cycle-xent } }}.
     * The framework picks each nested block's factory by its {@code type} (the default may set one), merges
     * that factory's defaults and validates the block like a top-level one; {@code create} builds it with
     * {@link ComponentConfig#component}.
     */
    default Map<String, ExtensionPoint<?>> components() {
        return Map.of();
    }
}
