package org.jaywalk.framework.spi;

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
}
