package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.cli.CommandContribution;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;

/**
 * Base class for a plugin's Guice module: {@link #configureComponents()} calls {@link #register} once per
 * component it contributes.
 *
 * <pre>{@code
 * protected void configureComponents() {
 *     register(ExtensionPoint.WALK, "skip", new SkipWalkFactory());
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

    /** Adds a subcommand to the {@code jaywalk} command line. */
    protected final void contributeCommand(CommandContribution contribution) {
        Multibinder.newSetBinder(binder(), CommandContribution.class).addBinding().toInstance(contribution);
    }
}
