package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.sweep.ManifestStore;
import org.jaywalk.framework.sweep.PointRun;
import org.jaywalk.framework.sweep.SweepLayout;
import org.jaywalk.framework.train.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jaywalk sweep run-point SWEEP_DIR POINT [key=value...]}: what a sweep's child process or Slurm task runs. */
@Command(name = "run-point", hidden = true, mixinStandardHelpOptions = true,
        description = "Run one point of a sweep folder and record its state in the manifest (used by 'jaywalk sweep').")
final class SweepRunPointCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP_DIR")
    Path sweepDir;

    @Parameters(index = "1", paramLabel = "POINT")
    String point;

    @Parameters(index = "2..*", paramLabel = "key=value", description = "Extra overrides after the point's own.")
    List<String> overrides = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    SweepRunPointCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        PointRun run = new PointRun(new ManifestStore(new SweepLayout(sweepDir)), plugins::registry, ErrorReporter::describe);
        TrainingReport report = run.run(point, overrides);
        spec.commandLine().getOut().printf("point %s: trained %d steps, last loss %.6f; run folder %s%n", point,
                report.steps(), report.lastLoss(), report.runDir());
        return ExitCodes.OK;
    }
}
