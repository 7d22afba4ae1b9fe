package org.jaywalk.framework.spi;

import com.google.inject.Module;

/**
 * The shortest way to write a plugin: name it, pass the API version it is compiled against, register its
 * components. List the class in {@code META-INF/services/org.jaywalk.framework.spi.JaywalkPlugin}.
 *
 * <pre>{@code
 * public final class MyPlugin extends Plugin {
 *     public MyPlugin() {
 *         super("my-plugin", API_VERSION); // compiled into this class: the API it was built for
 *     }
 *
 *     protected void register(Registrar components) {
 *         components.register(ExtensionPoint.LOSS, "smoothed-xent", new SmoothedXentFactory());
 *     }
 * }
 * }</pre>
 * A plugin that needs more of Guice implements {@link JaywalkPlugin} with its own {@link PluginModule}.
 */
public abstract class Plugin implements JaywalkPlugin {

    private final String name;
    private final int apiVersion;

    /**
     * @param name the plugin's unique name
     * @param apiVersion pass {@code API_VERSION}: javac copies the constant into the subclass, so it records the
     *     framework API the plugin was compiled against
     */
    protected Plugin(String name, int apiVersion) {
        this.name = name;
        this.apiVersion = apiVersion;
    }

    /** Registers the plugin's components (and commands). */
    protected abstract void register(Registrar components);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int apiVersion() {
        return apiVersion;
    }

    @Override
    public final Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                Plugin.this.register(registrar());
            }
        };
    }
}
