package org.jaywalk.framework.plugin;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Words a plugin loading failure for one line: the failure and its causes, without repeated text. */
final class PluginFailures {

    private static final String FRAMEWORK_PACKAGE = "org.jaywalk.framework.";
    private static final String SERVICE_PREFIX = org.jaywalk.framework.spi.JaywalkPlugin.class.getName() + ": ";

    private PluginFailures() {
    }

    /**
     * The first {@link LinkageError} among the failure and its causes that names a framework class or member
     * ({@code NoClassDefFoundError: org/jaywalk/framework/spi/GraphContext}, a {@code NoSuchMethodError} or
     * {@code AbstractMethodError} of an SPI type): the plugin was compiled against another framework API.
     */
    static Optional<LinkageError> frameworkLinkage(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).replace('/', '.');
            if (t instanceof LinkageError linkage && message.contains(FRAMEWORK_PACKAGE)) {
                return Optional.of(linkage);
            }
        }
        return Optional.empty();
    }

    /** E.g. {@code Provider ext.Bad could not be instantiated: IllegalStateException: no GPU}. */
    static String describe(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith(SERVICE_PREFIX)) {
                message = message.substring(SERVICE_PREFIX.length());
            }
            boolean framed = t instanceof java.util.ServiceConfigurationError;
            parts.add(framed ? message : t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
        }
        return String.join(": ", parts);
    }
}
