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
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.davis.SequencePropagation;

/**
 * VIP part propagation as in the CRW paper: each listed video's frame-0 part labels are propagated with videowalk's
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
    private final boolean referenceBugs;

    /**
     * @param classes ground-truth labels at or above this are ignored (VIP: 20, so 255 is ignored)
     * @param input must crop (test.py squashes VIP frames to a square)
     * @param referenceBugs whether frame 0's labels are resized bilinearly as the reference does
     */
    public VipEvaluator(DatasetRoot root, String list, int classes, PropagationSettings settings, FrameInput input,
                        boolean referenceBugs) {
        if (!input.crops()) {
            throw new IllegalArgumentException("VIP needs a crop size (the reference squashes frames to a square)");
        }
        this.root = root;
        this.list = list;
        this.classes = classes;
        this.settings = settings;
        this.input = input;
        this.referenceBugs = referenceBugs;
    }

    @Override
    public EvaluationResult evaluate(EvaluationContext context) {
        Path out = context.outputDirectory();
        VipLayout layout = new VipLayout(root.prepare(out));
        List<VipLayout.Entry> entries = layout.entries(list);
        Path results = out.resolve("results");
        ConfusionMatrix global = new ConfusionMatrix(classes);
        Map<String, ConfusionMatrix> byVideo = new LinkedHashMap<>();
        try (SequencePropagation propagation = new SequencePropagation(context.features(), context.encoder(),
                context.weights(), settings, input, context.session())) {
            for (VipLayout.Entry entry : entries) {
                List<Path> frames = VipLayout.files(entry.images(), "images");
                Path first = VipLayout.files(entry.labels(), "labels").get(0);
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
