package org.jaywalk.plugins.davis.vip;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.ListedSequence;
import org.jaywalk.plugins.davis.NumberedFiles;
import org.jaywalk.plugins.davis.PropagationMemory;
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.davis.SequencePropagation;

/**
 * VIP part propagation as in the CRW paper, on a VIP root as test.py reads it ({@code data/vos.py}: a list file of
 * {@code <images folder> <labels folder>} lines, e.g. {@code VIP_Fine/Images/<video>} and
 * {@code VIP_Fine/Annotations/Category_ids/<video>}; files in number order; frame 0's labels the first label file, the
 * ground truth of frame {@code <name>.jpg} the label file {@code <name>.png}): each listed video's frame-0 part labels are propagated with videowalk's
 * label propagation ({@link PartTask}), the masks written as {@code results/<video>/<frame>.png}, and scored against
 * the ground truth of every frame (frame 0 included) pooled over all videos ({@link ConfusionMatrix}); writes the
 * {@link PartReport} tables.
 */
public final class VipEvaluator implements Evaluator {

    private final DatasetRoot root;
    private final String list;
    private final int classes;
    private final PropagationSettings settings;
    private final FrameInput input;
    private final PropagationMemory memory;
    private final boolean referenceBugs;

    /**
     * @param classes ground-truth labels at or above this are ignored (VIP: 20, so 255 is ignored)
     * @param input must crop (test.py squashes VIP frames to a square)
     * @param referenceBugs whether frame 0's labels are resized bilinearly as the reference does
     */
    public VipEvaluator(DatasetRoot root, String list, int classes, PropagationSettings settings, FrameInput input,
                        boolean referenceBugs) {
        this(root, list, classes, settings, input, referenceBugs, PropagationMemory.automatic("memory-limit", "video-len"));
    }

    /** @param memory what one sequence's propagation may use */
    public VipEvaluator(DatasetRoot root, String list, int classes, PropagationSettings settings, FrameInput input,
                        boolean referenceBugs,
                        PropagationMemory memory) {
        if (!input.crops()) {
            throw new IllegalArgumentException("VIP needs a crop size (the reference squashes frames to a square)");
        }
        this.root = root;
        this.list = list;
        this.classes = classes;
        this.settings = settings;
        this.input = input;
        this.memory = memory;
        this.referenceBugs = referenceBugs;
    }

    /** The files of {@code folder} (without those whose names contain {@code npy}) in number order, as vos.py lists them. */
    public static List<Path> files(Path folder, String what) {
        return NumberedFiles.in(folder, name -> !name.contains("npy"), what);
    }

    @Override
    public EvaluationResult evaluate(EvaluationContext context) {
        Path out = context.outputDirectory();
        List<ListedSequence> entries = ListedSequence.read(root.prepare(out), list, "VIP list",
                "<images folder> <labels folder>");
        Path results = out.resolve("results");
        ConfusionMatrix global = new ConfusionMatrix(classes);
        Map<String, ConfusionMatrix> byVideo = new LinkedHashMap<>();
        try (SequencePropagation propagation = SequencePropagation.of(context, settings, input, memory)) {
            for (ListedSequence entry : entries) {
                List<Path> frames = files(entry.frames(), "images");
                Path first = files(entry.labels(), "labels").get(0);
                Path masks = results.resolve(entry.name());
                try (PartTask task = new PartTask(first, input.cropSize(), referenceBugs, masks)) {
                    propagation.run(frames, task, "propagate " + entry.name(), context.progress());
                }
                ConfusionMatrix video = PartScorer.score(masks, entry.labels(), classes);
                byVideo.put(entry.name(), video);
                global.add(video);
            }
        }
        PartReport report = new PartReport(global, byVideo);
        report.write(out);
        return new EvaluationResult(PartReport.HEADLINE, report.metrics());
    }
}
