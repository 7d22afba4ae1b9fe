package org.jaywalk.framework.spi;

import com.google.inject.Module;
import java.util.List;

/**
 * The one way in for every component. A plugin is a class listed in
 * {@code META-INF/services/org.jaywalk.framework.spi.JaywalkPlugin}; it contributes a Guice module
 * (usually a {@link PluginModule}) that registers component factories under names.
 *
 * <p>Built-in plugins use exactly the mechanism a third-party jar uses.
 */
public interface JaywalkPlugin {

    /**
     * The plugin API version this build of the framework implements; raised whenever the SPI changes
     * incompatibly (2: SPI split into sub-packages, {@link Plugin}, training listeners, nested components).
     */
    int API_VERSION = 2;

    /** Short unique name, e.g. {@code my-walks}. */
    String name();

    /**
     * The framework API version the plugin was compiled against; checked at discovery. Implement it as
     * {@code return API_VERSION;}: javac copies the constant into the plugin's class, so the value records
     * the API the plugin was built for, not the one it runs with.
     */
    int apiVersion();

    /** The plugin's own version, for listings. */
    default String version() {
        Package p = getClass().getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The Guice module that registers this plugin's components. */
    Module module();

    /**
     * Extension points this plugin adds for components of its own components (see
     * {@link ExtensionPoint#declare}); other plugins may register factories for them too.
     */
    default List<ExtensionPoint<?>> extensionPoints() {
        return List.of();
    }
}
