package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.cli.CommandContribution;

/** Where a {@link Plugin} registers its components and commands. */
public interface Registrar {

    /** Makes {@code factory} selectable as {@code type = name} in the block of {@code point}. */
    <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name, F factory);

    /**
     * Makes the factory class {@code type} selectable as {@code type = name}; Guice builds it, injecting what its
     * {@code @Inject} constructor asks for (framework services such as
     * {@link org.jaywalk.framework.spi.eval.TestTimeFeatures}).
     */
    <F extends ComponentFactory<?>> void register(ExtensionPoint<F> point, String name, Class<? extends F> type);

    /** Adds a subcommand to the {@code jaywalk} command line. */
    void contributeCommand(CommandContribution contribution);
}
