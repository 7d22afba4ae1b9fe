package org.jaywalk.framework.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jaywalk.framework.graph.MatMulPeak;
import org.jaywalk.framework.spi.graph.SessionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jaywalk bench peak [--size N] [--runs N] [--threads N] [--json]}: this CPU's float32 MatMul rate. */
@Command(name = "peak", mixinStandardHelpOptions = true,
        description = "Measure this CPU's float32 matrix-product rate in TensorFlow (GFLOP/s), the practical peak.")
final class BenchPeakCommand implements Callable<Integer> {

    @Option(names = "--size", paramLabel = "N", defaultValue = "2048", description = "Square matrices of N x N (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs; the best counts (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Intra-op threads, 0 = all cores (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (size < 1 || runs < 1 || threads < 0) {
            spec.commandLine().getErr().println("error: --size and --runs must be at least 1, --threads at least 0");
            return ExitCodes.USAGE;
        }
        double gflops = MatMulPeak.gflops(new SessionSettings(threads, 0, 1), size, runs);
        int used = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(mapper.createObjectNode().put("gflops", gflops).put("size", size).put("runs", runs)
                    .put("threads", used).toString());
        } else {
            out.printf(Locale.ROOT, "%.1f GFLOP/s (float32 MatMul %dx%d, best of %d, %d threads)%n", gflops, size, size,
                    runs, used);
        }
        return ExitCodes.OK;
    }
}
