package org.jaywalk.framework.spi;

import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.config.ResolvedExperiment;

/** What the framework offers a plugin's subcommand: experiments resolved and components built by name. */
public interface CommandContext {

    /** Loads an experiment file with {@code key=value} overrides, validated against every plugin's components. */
    ResolvedExperiment loadExperiment(Path file, List<String> overrides);

    /** Builds the component an experiment selects for {@code point} (e.g. its encoder). */
    <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, ResolvedExperiment experiment);

    /** The factory registered as {@code name} for {@code point}; unknown names fail listing the known ones. */
    <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name);
}
