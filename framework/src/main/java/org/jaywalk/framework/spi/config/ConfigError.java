package org.jaywalk.framework.spi.config;

/**
 * A problem with an experiment's configuration. The message names the key (full dotted path), what is
 * wrong, and where the value came from (file and line, as Typesafe Config reports it).
 */
public class ConfigError extends RuntimeException {

    public ConfigError(String message) {
        super(message);
    }

    public ConfigError(String message, Throwable cause) {
        super(message, cause);
    }
}
