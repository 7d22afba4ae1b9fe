package org.jaywalk.plugins.davis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.eval.WeightLoader;
import picocli.CommandLine;

/** What the plugin's picocli commands share: running them with short error messages, frames, weights, tables. */
final class Commands {

    /** Image files taken as video frames, in name order. */
    static final List<String> FRAME_SUFFIXES = List.of(".jpg", ".jpeg", ".png");

    private Commands() {
    }

    /**
     * Runs a picocli command; a failure on bad input (missing or inconsistent files, bad weights) prints its
     * message alone and returns exit code 1.
     */
    static int execute(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof DavisDataException || e instanceof IllegalArgumentException
                    || e instanceof JaywalkIoException) {
                line.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The frames of a folder ({@code .jpg}, {@code .jpeg} or {@code .png}), in name order. */
    static List<Path> frames(Path folder) {
        return DavisLayout.files(folder, FRAME_SUFFIXES, "frames");
    }

    /** Weights from a Jaywalk checkpoint or a videowalk {@code .pth}; random (seeded) when {@code checkpoint} is null. */
    static WeightLoader weights(TestTimeFeatures features, Path checkpoint, long seed) {
        return checkpoint == null ? features.randomWeights(seed) : features.weights(checkpoint);
    }

    /** Prints a header row and a value row, aligned. */
    static void printRow(PrintWriter out, Map<String, Double> row) {
        StringBuilder header = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, Double> e : row.entrySet()) {
            int width = Math.max(e.getKey().length(), 9);
            header.append(String.format(Locale.ROOT, "%" + width + "s ", e.getKey()));
            values.append(String.format(Locale.ROOT, "%" + width + ".6f ", e.getValue()));
        }
        out.println(header.toString().stripTrailing());
        out.println(values.toString().stripTrailing());
        out.flush();
    }
}
