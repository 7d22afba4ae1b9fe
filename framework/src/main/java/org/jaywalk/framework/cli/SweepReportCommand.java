package org.jaywalk.framework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jaywalk.framework.sweep.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jaywalk sweep report SWEEP_DIR [--metric NAME] [--x KEY] [--descending]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a sweep's finished points sorted by a metric, and plot the metric against a swept parameter (PNG in the sweep folder).")
final class SweepReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "The sweep folder (holding manifest.json).")
    Path sweepDir;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "loss",
            description = "The final metric to sort and plot (a column of results.csv; default ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--x", paramLabel = "KEY", description = "The swept key on the plot's x axis (default: the numeric one with the most values).")
    String x;

    @Option(names = "--descending", description = "Higher is better (e.g. accuracy).")
    boolean descending;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SweepReport report = new SweepReport(sweepDir);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.table(metric, descending));
        Optional<String> notPlotted = report.plot(metric, x);
        out.println(notPlotted.map(reason -> "no plot: " + reason).orElse("plot: " + report.plotFile(metric)));
        return ExitCodes.OK;
    }
}
