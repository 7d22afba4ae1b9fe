package org.jaywalk.framework.spi.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.config.Experiment;
import picocli.CommandLine.Parameters;

/**
 * The {@code EXPERIMENT [key=value...]} arguments of every command that loads an experiment; a plugin's
 * subcommand adds them with picocli's {@code @Mixin}.
 */
public final class ExperimentArguments {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (HOCON).")
    Path experiment;

    @Parameters(index = "1..*", paramLabel = "key=value",
            description = "Overrides, the value parsed as HOCON (e.g. walk.temperature=0.07); +key=value adds a key.")
    List<String> overrides = new ArrayList<>();

    /** The experiment file. */
    public Path file() {
        return experiment;
    }

    /** The {@code key=value} overrides, in command-line order. */
    public List<String> overrides() {
        return List.copyOf(overrides);
    }

    /** The experiment loaded through a subcommand's context. */
    public Experiment load(CommandContext context) {
        return context.loadExperiment(experiment, overrides);
    }
}
