package org.jaywalk.framework.cli;

import com.typesafe.config.Config;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginSettings;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import org.jaywalk.framework.spi.config.ConfigError;

/** How the framework's commands turn {@link ExperimentArguments} into plugins and a resolved experiment. */
final class ExperimentLoading {

    private ExperimentLoading() {
    }

    /** The plugins the experiment uses: the environment's plus its {@code plugins.folders}, with its preferences. */
    static ComponentRegistry registry(ExperimentArguments arguments, PluginEnvironment plugins) {
        return plugins.registry(pluginSettings(arguments));
    }

    /** The experiment with the overrides, resolved and validated against the registry's factories. */
    static ResolvedExperiment load(ExperimentArguments arguments, ComponentRegistry registry) {
        return new ExperimentLoader(registry).load(arguments.file(), arguments.overrides());
    }

    /** The {@code plugins} block, read before the plugins are known; none when the file cannot be read yet. */
    private static PluginSettings pluginSettings(ExperimentArguments arguments) {
        Config parsed;
        try {
            parsed = ExperimentLoader.parseFile(arguments.file());
        } catch (ConfigError e) {
            return PluginSettings.none(); // reported by load()
        }
        return PluginSettings.from(ExperimentLoader.preview(parsed, arguments.overrides()));
    }
}
