package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench propagate}: times label propagation on one video (by default the 854x480, 16-frame
 * {@code judo} clip) and prints seconds per frame for features and for propagation, and peak memory.
 * Weights are random unless a checkpoint is given (timings do not depend on them).
 */
@Command(name = "propagate", mixinStandardHelpOptions = true,
        description = "Times label propagation: seconds per frame for features and propagation, peak memory.")
public final class BenchPropagateCommand implements Callable<Integer> {

    private final Function<PropagationOptions, Encoder> encoder;
    private final TestTimeFeatures features;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PropagationOptions sequence;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "weights (default: random)")
    private Path checkpoint;

    @Option(names = "--out", paramLabel = "DIR", description = "keep the outputs here (default: a temporary folder)")
    private Path out;

    /**
     * @param encoder chooses the test-time encoder from the options when the command runs
     * @param features the framework's test-time graphs and weight files
     */
    BenchPropagateCommand(Function<PropagationOptions, Encoder> encoder, TestTimeFeatures features) {
        this.encoder = encoder;
        this.features = features;
    }

    /** Runs the benchmark with {@code args} and the given test-time encoder; returns the exit code. */
    public static int run(Encoder encoder, TestTimeFeatures features, String... args) {
        return Commands.execute(new BenchPropagateCommand(options -> encoder, features), args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> files = Commands.frames(sequence.frames);
        Path target = out != null ? out : Files.createTempDirectory("jaywalk-bench-propagate");
        double cpuBefore = ResourceUse.cpuSeconds();
        SequencePropagation.Timing t;
        try (SequencePropagation propagation = new SequencePropagation(features, encoder.apply(sequence),
                Commands.weights(features, checkpoint, 0),
                sequence.settings(), sequence.input(), SessionSettings.defaults(),
                sequence.memory())) {
            t = propagation.run(files, new MaskTask(sequence.mask, sequence.input(), sequence.texture, target,
                    Overlays.images(target.resolve("overlays"))), target, EvaluationProgress.SILENT);
        } finally {
            if (out == null) {
                deleteTree(target);
            }
        }
        double cpu = ResourceUse.cpuSeconds() - cpuBefore;
        RgbFrame first = RgbFrame.read(files.get(0));
        stdout.printf(Locale.ROOT, "%d frames of %s, videoLen %d, topk %d, radius %s%n", t.frames(), first.sizeText(),
                sequence.videoLen, sequence.topK, sequence.radius);
        stdout.printf(Locale.ROOT, "setup %.2f s | per frame: decode %.3f s, features %.3f s, propagation %.3f s,"
                        + " writing %.3f s | total %.1f s wall-clock (decoding, features and writing overlap the"
                        + " propagation)%n", t.setupSeconds(), t.readSeconds() / t.frames(),
                t.featureSeconds() / t.frames(), t.propagationSeconds() / t.frames(), t.writeSeconds() / t.frames(),
                t.wallSeconds());
        stdout.printf(Locale.ROOT, "process CPU time %.1f s (%.2f s per frame)%n", cpu, cpu / t.frames());
        stdout.printf(Locale.ROOT, "peak memory: %.0f MiB resident, %.0f MiB Java heap%n", ResourceUse.residentMib(),
                ResourceUse.heapMib());
        stdout.flush();
        return 0;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
