package org.jaywalk.framework.spi;

/**
 * Builds a component of any extension point from a resolved block (type selected, defaults merged): how
 * {@link ComponentConfig#component} reaches the factories of every plugin. The framework provides it.
 */
@FunctionalInterface
public interface ComponentBuilder {

    /** The component {@code block}'s {@code type} names for {@code point}. */
    <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, ComponentConfig block);
}
