package org.jaywalk.framework.config;

import org.jaywalk.framework.spi.config.ConfigError;
import java.util.List;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;

/** How the experiment loader finds the factory a block's {@code type} names (the component registry). */
public interface FactoryLookup {

    /**
     * The factory registered as {@code name} for {@code point}.
     *
     * @throws ConfigError when no plugin registers that name; the message lists the known names
     */
    ComponentFactory<?> factoryFor(ExtensionPoint<?> point, String name);

    /** Names registered for {@code point}, for error messages. */
    List<String> names(ExtensionPoint<?> point);

    /** Every extension point: the framework's, then those the plugins declare. */
    List<ExtensionPoint<?>> points();
}
