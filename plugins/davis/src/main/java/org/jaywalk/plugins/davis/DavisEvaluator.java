package org.jaywalk.plugins.davis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.eval.Evaluator;

/**
 * DAVIS-2017 semi-supervised evaluation in one step: propagate each sequence's first-frame annotation with
 * videowalk's label propagation, write the masks as the official evaluator reads them
 * ({@code results/<sequence>/<frame>.png}, plus {@code overlays/<sequence>/}, {@code overlays/<sequence>.gif} and
 * {@code overlays/<sequence>.mp4} as asked), then compute J&amp;F and write the
 * official tables and {@code metrics.csv} (the global row). The context's encoder must be the test-time
 * encoder (for videowalk: ResNet without {@code layer4}, which the experiment's {@code model.eval-encoder}
 * selects). If a sequence fails, the results of the earlier ones
 * stay on disk.
 */
public final class DavisEvaluator implements Evaluator {

    /** The headline metric. */
    public static final String HEADLINE = "J&F-Mean";

    private final DatasetRoot root;
    private final String subset;
    private final List<String> sequences;
    private final PropagationSettings settings;
    private final FrameInput input;
    private final Overlays overlays;
    private final PropagationMemory memory;

    /**
     * @param root a DAVIS-2017 root
     * @param subset the sequence list, {@code ImageSets/2017/<subset>.txt}
     * @param sequences the sequences to evaluate, or empty for all of the subset
     * @param overlays what to write into {@code overlays/<sequence>/} (and beside it) for people to look at
     */
    public DavisEvaluator(Path root, String subset, List<String> sequences, PropagationSettings settings,
                          Overlays overlays) {
        this(DatasetRoot.at(root), subset, sequences, settings, FrameInput.NATIVE, overlays,
                PropagationMemory.automatic("memory-limit", "video-len"));
    }

    /**
     * An evaluator whose root is prepared (e.g. generated) when it runs.
     *
     * @param input how frames become the encoder's input (masks are resized to the crop nearest-neighbour, and
     *              predictions back to the frame size)
     * @param memory what one sequence's propagation may use
     */
    DavisEvaluator(DatasetRoot root, String subset, List<String> sequences, PropagationSettings settings,
                   FrameInput input, Overlays overlays, PropagationMemory memory) {
        this.root = root;
        this.subset = subset;
        this.sequences = List.copyOf(sequences);
        this.settings = settings;
        this.input = input;
        this.overlays = overlays;
        this.memory = memory;
    }

    @Override
    public EvaluationResult evaluate(EvaluationContext context) {
        Path out = context.outputDirectory();
        DavisLayout davis = new DavisLayout(root.prepare(out));
        List<String> names = sequences.isEmpty() ? davis.sequences(subset) : sequences;
        Path results = out.resolve("results");
        try (SequencePropagation propagation = SequencePropagation.of(context, settings, input, memory)) {
            for (String sequence : names) {
                List<Path> frames = davis.frames(sequence);
                Path firstMask = davis.annotationFolder(sequence).resolve(DavisLayout.stem(frames.get(0)) + ".png");
                if (!Files.isRegularFile(firstMask)) {
                    throw new DavisDataException("first-frame mask " + firstMask + " of sequence " + sequence
                            + " does not exist");
                }
                propagation.run(frames, firstMask, results.resolve(sequence),
                        overlays.in(out.resolve("overlays").resolve(sequence)), context.progress());
            }
        }
        SequenceScorer scorer = new SequenceScorer(davis, results);
        List<ObjectScores> objects = names.stream().flatMap(s -> scorer.score(s).stream()).toList();
        MetricsReport report = new MetricsReport(objects);
        report.write(out, subset);
        report.writeGlobal(out.resolve("metrics.csv"));
        Map<String, Double> global = report.global();
        return new EvaluationResult(HEADLINE, global);
    }
}
