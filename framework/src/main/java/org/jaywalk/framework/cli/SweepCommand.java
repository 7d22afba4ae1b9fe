package org.jaywalk.framework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.sweep.ChildJvm;
import org.jaywalk.framework.sweep.LocalLauncher;
import org.jaywalk.framework.sweep.PointLauncher;
import org.jaywalk.framework.sweep.SlurmLauncher;
import org.jaywalk.framework.sweep.SweepFile;
import org.jaywalk.framework.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jaywalk sweep SWEEP [--parallel K] [--resume] [--dry-run] [--launcher local|slurm]}. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every point of a sweep file (grid, random search, explicit override sets), each in its own"
                + " run folder of the sweep folder, with a manifest of their states and results.csv.",
                "'jaywalk sweep report SWEEP_DIR' prints the results and plots them."})
final class SweepCommand implements Callable<Integer> {

    /** Where the points run. */
    enum Launcher { local, slurm }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "The sweep file (HOCON).")
    Path sweepFile;

    @Option(names = "--parallel", paramLabel = "K", defaultValue = "1",
            description = "Points run at once (local: child JVMs sharing the cores; slurm: array tasks at once, 0 = no limit).")
    int parallel;

    @Option(names = "--resume", description = "Continue the sweep folder: skip done points, rerun failed and interrupted ones.")
    boolean resume;

    @Option(names = "--dry-run", description = "Print the points and what would run (the sbatch script with slurm); write nothing.")
    boolean dryRun;

    @Option(names = "--launcher", paramLabel = "local|slurm", defaultValue = "local",
            description = "local (default): child JVMs on this machine; slurm: write and submit an sbatch array job.")
    Launcher launcher;

    @Option(names = "--sbatch", paramLabel = "OPTION",
            description = "An extra #SBATCH option for --launcher slurm (repeatable), e.g. --sbatch=--time=02:00:00.")
    List<String> sbatchOptions = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    SweepCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        if (sweepFile == null) {
            throw new ConfigError("give a sweep file (jaywalk sweep SWEEP.conf) or a subcommand (jaywalk sweep report DIR)");
        }
        SweepFile sweep = SweepFile.read(sweepFile);
        ComponentRegistry registry = plugins.registry(sweep.pluginSettings(List.of()));
        SweepRunner runner = new SweepRunner(sweep, overrides -> {
            ResolvedExperiment point = sweep.load(registry, overrides);
            registry.validate(point); // a bad point fails here, not in its own process
            return point;
        });
        PrintWriter out = spec.commandLine().getOut();
        PointLauncher pointLauncher = launcher(sweep);
        if (dryRun) {
            runner.preview(pointLauncher, resume, out);
            return ExitCodes.OK;
        }
        SweepRunner.Outcome outcome = runner.run(pointLauncher, resume, out);
        out.printf("sweep %s: %s; results in %s%n", sweep.name(), outcome.manifest().summary(),
                sweep.folder().resolve("results.csv"));
        return !pointLauncher.waits() || outcome.allDone() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private PointLauncher launcher(SweepFile sweep) {
        List<Path> folders = plugins.commandLineFolders();
        return switch (launcher) {
            case local -> {
                if (parallel < 1) {
                    throw new ConfigError("--parallel must be 1 or more for local runs, got " + parallel);
                }
                yield new LocalLauncher(ChildJvm.current(), parallel, folders);
            }
            case slurm -> new SlurmLauncher("jaywalk-" + sweep.name(), ChildJvm.current(), parallel, folders, sbatchOptions, "sbatch");
        };
    }
}
