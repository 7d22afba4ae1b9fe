package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import picocli.CommandLine.Parameters;

/** The {@code EXPERIMENT [key=value...]} arguments shared by the commands that load an experiment. */
public final class ExperimentArguments {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (HOCON).")
    Path experiment;

    @Parameters(index = "1..*", paramLabel = "key=value",
            description = "Overrides, the value parsed as HOCON (e.g. walk.temperature=0.07); +key=value adds a key.")
    List<String> overrides = new ArrayList<>();

    /** The experiment with the overrides, resolved and validated against the registry's factories. */
    ResolvedExperiment load(ComponentRegistry registry) {
        return new ExperimentLoader(registry).load(experiment, overrides);
    }
}
