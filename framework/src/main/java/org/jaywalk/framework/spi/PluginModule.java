package org.jaywalk.framework.spi;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import org.jaywalk.framework.spi.cli.CommandContribution;

/**
 * Base class for a plugin's Guice module: {@link #configureComponents()} calls {@link #register} once per
 * component it contributes. A factory registered by class is built by Guice, so its constructor may
 * {@code @Inject} framework services (e.g. {@link org.jaywalk.framework.spi.eval.TestTimeFeatures}).
 *
 * <pre>{@code
 * protected void configureComponents() {
 *     register(ExtensionPoint.WALK, "skip", SkipWalkFactory.class);
 * }
 * }</pre>
 */
public abstract class PluginModule extends AbstractModule {

    @Override
    protected final void configure() {
        configureComponents();
    }

    /** Registers this plugin's components. */
    protected abstract void configureComponents();

    /** Makes {@code factory} selectable as {@code type = name} in the block of {@code point}. */
    protected final <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name, F factory) {
        MapBinder.newMapBinder(binder(), String.class, point.factoryType()).addBinding(name).toInstance(factory);
    }

    /**
     * Makes the factory {@code type} selectable as {@code type = name} in the block of {@code point}; Guice
     * builds it (one instance), injecting what its {@code @Inject} constructor asks for.
     */
    protected final <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name,
                                                                  Class<? extends F> type) {
        MapBinder.newMapBinder(binder(), String.class, point.factoryType()).addBinding(name).to(type)
                .in(Singleton.class);
    }

    /** Adds a subcommand to the {@code jaywalk} command line. */
    protected final void contributeCommand(CommandContribution contribution) {
        Multibinder.newSetBinder(binder(), CommandContribution.class).addBinding().toInstance(contribution);
    }

    /** This module's registration methods as a {@link Registrar}, valid while the module is configured. */
    protected final Registrar registrar() {
        return new Registrar() {
            @Override
            public <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name, F factory) {
                PluginModule.this.register(point, name, factory);
            }

            @Override
            public <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name,
                                                                 Class<? extends F> type) {
                PluginModule.this.register(point, name, type);
            }

            @Override
            public void contributeCommand(CommandContribution contribution) {
                PluginModule.this.contributeCommand(contribution);
            }
        };
    }
}
