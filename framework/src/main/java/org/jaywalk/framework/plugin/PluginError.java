package org.jaywalk.framework.plugin;

/**
 * A problem with the installed plugins: one that cannot be loaded, was built for another framework API
 * version, or registers a name another plugin already registered. The message names the plugins and where
 * they came from.
 */
public class PluginError extends RuntimeException {

    public PluginError(String message) {
        super(message);
    }

    public PluginError(String message, Throwable cause) {
        super(message, cause);
    }
}
