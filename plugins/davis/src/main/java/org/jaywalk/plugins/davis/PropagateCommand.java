package org.jaywalk.plugins.davis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jaywalk.framework.graph.SessionSettings;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EvaluationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propagate}: one video, no ground truth needed: propagates a first-frame mask with videowalk's label
 * propagation and writes {@code <frame>.png} masks plus {@code overlays/<frame>.png}. The encoder is given by
 * whoever registers the command (the test-time encoder, e.g. ResNet-18 without {@code layer4}).
 */
@Command(name = "propagate", mixinStandardHelpOptions = true,
        description = "Propagates a first-frame mask through a video (videowalk's test.py label propagation).")
public final class PropagateCommand implements Callable<Integer> {

    private final Supplier<Encoder> encoder;

    @Spec
    private CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE",
            description = "Jaywalk checkpoint or videowalk .pth")
    private Path checkpoint;

    @Option(names = "--frames", required = true, paramLabel = "DIR", description = "the frames (.jpg/.png), in name order")
    private Path frames;

    @Option(names = "--mask", required = true, paramLabel = "FIRST.png", description = "indexed-PNG mask of the first frame")
    private Path mask;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--video-len", defaultValue = "20", description = "short-term context frames (default: ${DEFAULT-VALUE})")
    private int videoLen;

    @Option(names = "--topk", defaultValue = "10", description = "keys per query (default: ${DEFAULT-VALUE})")
    private int topK;

    @Option(names = "--radius", defaultValue = "12", description = "spatial radius in feature cells (default: ${DEFAULT-VALUE})")
    private double radius;

    @Option(names = "--temperature", defaultValue = "0.05", description = "softmax temperature (default: ${DEFAULT-VALUE})")
    private double temperature;

    @Option(names = "--no-overlays", description = "do not write overlays")
    private boolean noOverlays;

    /** @param encoder supplies the test-time encoder when the command runs */
    public PropagateCommand(Supplier<Encoder> encoder) {
        this.encoder = encoder;
    }

    /** Runs the command with {@code args} and the given test-time encoder; returns the exit code. */
    public static int run(Encoder encoder, String... args) {
        return Commands.execute(new PropagateCommand(() -> encoder), args);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> files = Commands.frames(frames);
        PropagationSettings settings = new PropagationSettings(videoLen, topK, radius, temperature);
        SequencePropagation.Timing timing;
        try (SequencePropagation propagation = new SequencePropagation(encoder.get(), Commands.weights(checkpoint, 0),
                settings, SessionSettings.defaults())) {
            timing = propagation.run(files, mask, out, noOverlays ? null : out.resolve("overlays"),
                    EvaluationProgress.SILENT);
        }
        stdout.printf(Locale.ROOT, "propagated %d frames into %s (%.1f s features, %.1f s propagation)%n",
                timing.frames(), out, timing.featureSeconds(), timing.propagationSeconds());
        stdout.flush();
        return 0;
    }
}
