package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.eval.StoredModelFeatures;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.Experiment;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;

/** The {@link CommandContext} plugin subcommands get: backed by the command line's plugin environment. */
final class PluginCommandContext implements CommandContext {

    private final PluginEnvironment plugins;

    PluginCommandContext(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Experiment loadExperiment(Path file, List<String> overrides) {
        return new ExperimentLoader(plugins.registry()).load(file, overrides);
    }

    @Override
    public <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, Experiment experiment) {
        return plugins.registry().create(point, experiment);
    }

    @Override
    public <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name) {
        return plugins.registry().factory(point, name);
    }

    @Override
    public TestTimeFeatures testTimeFeatures() {
        return new StoredModelFeatures();
    }
}
