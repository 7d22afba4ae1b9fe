package org.jaywalk.framework.cli;

import org.jaywalk.framework.spi.cli.ExperimentArguments;
import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ResolvedExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jaywalk config EXPERIMENT [key=value...]}: prints the resolved configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print an experiment's resolved configuration (includes, overrides and all defaults applied).")
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
        ResolvedExperiment experiment = ExperimentLoading.load(arguments, ExperimentLoading.registry(arguments, plugins));
        spec.commandLine().getOut().println(json ? experiment.renderJson() : experiment.render());
        return ExitCodes.OK;
    }
}
