package org.jaywalk.framework.cli;

import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jaywalk config EXPERIMENT [key=value...]}: checks every component's settings (as training would, ranges
 * included) and prints the resolved configuration.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Check an experiment (every component's settings) and print its resolved configuration "
                + "(includes, overrides and all defaults applied).")
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print JSON instead of HOCON.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    ConfigCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        ComponentRegistry registry = ExperimentLoading.registry(arguments, plugins);
        ResolvedExperiment experiment = ExperimentLoading.load(arguments, registry);
        registry.validate(experiment);
        spec.commandLine().getOut().println(json ? experiment.renderJson() : experiment.render());
        return ExitCodes.OK;
    }
}
