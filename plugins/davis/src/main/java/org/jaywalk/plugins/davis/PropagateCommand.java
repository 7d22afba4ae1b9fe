package org.jaywalk.plugins.davis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
 * {@code propagate}: one video, no ground truth needed: propagates a first-frame mask with videowalk's label
 * propagation and writes {@code <frame>.png} masks plus {@code overlays/<frame>.png}, {@code overlays.gif} and, with
 * {@code --video}, {@code overlays.mp4}. The encoder is an experiment's test-time encoder ({@code --experiment}),
 * an encoder block ({@code --encoder key=value ...}), or videowalk's (ResNet-18 without {@code layer4}).
 */
@Command(name = "propagate", mixinStandardHelpOptions = true,
        description = "Propagates a first-frame mask through a video (videowalk's test.py label propagation).")
public final class PropagateCommand implements Callable<Integer> {

    private final Function<PropagationOptions, Encoder> encoder;
    private final TestTimeFeatures features;

    @Spec
    private CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE",
            description = "Jaywalk checkpoint or videowalk .pth")
    private Path checkpoint;

    @Mixin
    private PropagationOptions sequence;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--no-overlays", description = "do not write overlay PNGs and the GIF")
    private boolean noOverlays;

    @Option(names = "--video", description = "also write the overlays as an MP4 video (H.264), overlays.mp4")
    private boolean video;

    @Option(names = "--fps", defaultValue = "12", paramLabel = "N",
            description = "frame rate of the video (default: ${DEFAULT-VALUE})")
    private double fps;

    /**
     * @param encoder chooses the test-time encoder from the options when the command runs
     * @param features the framework's test-time graphs and weight files
     */
    PropagateCommand(Function<PropagationOptions, Encoder> encoder, TestTimeFeatures features) {
        this.encoder = encoder;
        this.features = features;
    }

    /** Runs the command with {@code args} and the given test-time encoder; returns the exit code. */
    public static int run(Encoder encoder, TestTimeFeatures features, String... args) {
        return Commands.execute(new PropagateCommand(options -> encoder, features), args);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> files = Commands.frames(sequence.frames);
        PropagationSettings settings = sequence.settings();
        SequencePropagation.Timing timing;
        try (SequencePropagation propagation = new SequencePropagation(features, encoder.apply(sequence),
                Commands.weights(features, checkpoint, 0),
                settings, sequence.input(), SessionSettings.defaults(),
                sequence.memory())) {
            timing = propagation.run(files, new MaskTask(sequence.mask, sequence.input(), sequence.texture, out,
                    new Overlays(out.resolve("overlays"), !noOverlays, video, fps)), out, EvaluationProgress.SILENT);
        }
        stdout.printf(Locale.ROOT, "propagated %d frames into %s (%.1f s features, %.1f s propagation)%n",
                timing.frames(), out, timing.featureSeconds(), timing.propagationSeconds());
        stdout.flush();
        return 0;
    }
}
