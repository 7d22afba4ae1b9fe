package org.jaywalk.plugins.davis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code davis-metrics}: J&amp;F of any method's masks, as the official {@code davis2017-evaluation}
 * (semi-supervised task) computes them, without Python.
 */
@Command(name = "davis-metrics", mixinStandardHelpOptions = true,
        description = {"Scores DAVIS-2017 results (one folder of indexed PNGs per sequence) with the official J&F.",
            "Writes global_results-<set>.csv and per-sequence_results-<set>.csv and prints the global row."})
public final class DavisMetricsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--davis", required = true, paramLabel = "ROOT",
            description = "DAVIS-2017 root; only Annotations/480p and ImageSets/2017 are read")
    private Path davis;

    @Option(names = "--results", required = true, paramLabel = "DIR",
            description = "folder with <sequence>/<frame>.png predictions")
    private Path results;

    @Option(names = "--out", paramLabel = "DIR", description = "where the CSV files go (default: the results folder)")
    private Path out;

    @Option(names = "--set", defaultValue = "val", paramLabel = "SUBSET",
            description = "sequence list ImageSets/2017/<SUBSET>.txt (default: ${DEFAULT-VALUE})")
    private String subset;

    /** Runs the command with {@code args}; returns the exit code. */
    public static int run(String... args) {
        return Commands.execute(new DavisMetricsCommand(), args);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        MetricsReport report = DavisMetrics.evaluate(new DavisLayout(davis), results, subset, EvaluationProgress.SILENT);
        List<Path> files = report.write(out == null ? results : out, subset);
        Commands.printRow(stdout, report.global());
        stdout.println("wrote " + files.get(0) + " and " + files.get(1));
        stdout.flush();
        return 0;
    }
}
