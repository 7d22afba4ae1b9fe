package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.typesafe.config.Config;
import org.jaywalk.framework.config.ConfigError;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginSettings;
import picocli.CommandLine.Parameters;

/**
 * The {@code EXPERIMENT [key=value...]} arguments shared by the commands that load an experiment; plugin
 * subcommands use it as a picocli {@code @Mixin} too.
 */
public final class ExperimentArguments {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (HOCON).")
    Path experiment;

    @Parameters(index = "1..*", paramLabel = "key=value",
            description = "Overrides, the value parsed as HOCON (e.g. walk.temperature=0.07); +key=value adds a key.")
    List<String> overrides = new ArrayList<>();

    /** The plugins the experiment uses: the environment's plus its {@code plugins.folders}, with its preferences. */
    ComponentRegistry registry(PluginEnvironment plugins) {
        return plugins.registry(pluginSettings());
    }

    /** The experiment with the overrides, resolved and validated against the registry's factories. */
    ResolvedExperiment load(ComponentRegistry registry) {
        return new ExperimentLoader(registry).load(experiment, overrides);
    }

    /** The experiment loaded through a plugin subcommand's context. */
    public ResolvedExperiment load(org.jaywalk.framework.spi.CommandContext context) {
        return context.loadExperiment(experiment, overrides);
    }

    /** The {@code plugins} block, read before the plugins are known; none when the file cannot be read yet. */
    private PluginSettings pluginSettings() {
        Config parsed;
        try {
            parsed = ExperimentLoader.parseFile(experiment);
        } catch (ConfigError e) {
            return PluginSettings.none(); // reported by load()
        }
        return PluginSettings.from(ExperimentLoader.preview(parsed, overrides));
    }
}
