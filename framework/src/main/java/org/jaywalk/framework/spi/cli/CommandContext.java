package org.jaywalk.framework.spi.cli;

import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.Experiment;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;

/** What the framework offers a plugin's subcommand: experiments resolved, components built by name, test-time models. */
public interface CommandContext {

    /** Loads an experiment file with {@code key=value} overrides, validated against every plugin's components. */
    Experiment loadExperiment(Path file, List<String> overrides);

    /** Builds the component an experiment selects for {@code point} (e.g. its encoder). */
    <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, Experiment experiment);

    /** The factory registered as {@code name} for {@code point}; unknown names fail listing the known ones. */
    <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name);

    /** Runs encoders with stored weights at test time. */
    TestTimeFeatures testTimeFeatures();
}
