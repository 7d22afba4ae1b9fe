package org.jaywalk.framework.plugin;

import org.jaywalk.framework.spi.config.ConfigError;

/** An experiment names a component no installed plugin registers; the message lists the names that exist. */
public class UnknownComponentError extends ConfigError {

    public UnknownComponentError(String message) {
        super(message);
    }
}
