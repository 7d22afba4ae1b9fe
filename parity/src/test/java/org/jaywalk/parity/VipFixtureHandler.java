package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.ListedSequence;
import org.jaywalk.plugins.davis.LabelImage;
import org.jaywalk.plugins.davis.MaskPng;
import org.jaywalk.plugins.davis.RgbFrame;
import org.jaywalk.plugins.davis.SoftLabels;
import org.jaywalk.plugins.davis.vip.ConfusionMatrix;
import org.jaywalk.plugins.davis.vip.PartScorer;
import org.jaywalk.plugins.davis.vip.PartTask;
import org.jaywalk.plugins.davis.vip.VipEvaluator;

/**
 * {@code vip*} fixtures (VIP part propagation scored by eval_vip.py; see the fixture's README): evaluation alone from
 * the reference's masks (confusion matrix exactly, every metric within 1e-15), for the data and for {@code corner/};
 * frame 0's resized labels, label set and soft labels exactly (the reference's bilinear label resize); and end to end
 * with the checkpoint, both with {@code reference-bugs} (masks against the reference's) and without (masks against
 * the fixture's nearest-neighbour variant): differing mask pixels at most the pixels whose two best labels are within
 * 1e-5, mIoU within 1e-6.
 */
public final class VipFixtureHandler implements EvalFixtureHandler {

    private static final int CLASSES = 20;
    private static final String TRUTH = "data/VIP_Fine/Annotations/Category_ids";
    private static final double METRIC_TOLERANCE = 1e-15;
    private static final double MIOU_TOLERANCE = 1e-6;

    @Override
    public String prefix() {
        return "vip";
    }

    @Override
    public void check(Path dir) throws Exception {
        FixtureFiles f = new FixtureFiles(dir);
        ToleranceReport report = new ToleranceReport(dir.getFileName().toString());
        JsonNode propagation = f.expected().get("propagation");
        scoreAlone(dir.resolve("predictions"), dir.resolve(TRUTH), f.array("hist").longs(), propagation.get("metrics"),
                "propagation", report);
        if (Files.isDirectory(dir.resolve("corner"))) {
            scoreAlone(dir.resolve("corner/predictions"), dir.resolve("corner").resolve(TRUTH),
                    f.arrays("corner/reference.npz").get("corner_hist").longs(), f.expected().get("corner").get("metrics"),
                    "corner", report);
        }
        Path data = dir.resolve("data");
        List<ListedSequence> videos = ListedSequence.read(data, "VIP_vallist.txt", "VIP list", "<images> <labels>");
        checkFirstLabels(f, videos, report);
        long nearTies = 0;
        for (JsonNode video : propagation.get("videos")) {
            nearTies += video.get("mask_pixels_with_top2_gap_below").get("1e-5").asLong();
        }
        endToEnd(f, data, videos, true, ":mask", propagation.get("metrics"), nearTies, report);
        endToEnd(f, data, videos, false, ":mask_nearest_labels",
                propagation.get("variant_nearest_label_resize").get("metrics"), nearTies, report);
        report.assertAllWithin();
    }

    private static void scoreAlone(Path predictions, Path truth, long[] hist, JsonNode metrics, String part,
                                   ToleranceReport report) throws Exception {
        ConfusionMatrix global = new ConfusionMatrix(CLASSES);
        try (Stream<Path> videos = Files.list(predictions)) {
            for (Path video : videos.filter(Files::isDirectory).sorted().toList()) {
                global.add(PartScorer.score(video, truth.resolve(video.getFileName().toString()), CLASSES));
            }
        }
        int cells = 0;
        for (int t = 0; t < CLASSES; t++) {
            for (int p = 0; p < CLASSES; p++) {
                cells += global.count(t, p) == hist[t * CLASSES + p] ? 0 : 1;
            }
        }
        report.measured(part + " confusion matrix (cells not equal)", cells, 0.5);
        double worst = Math.max(difference(metrics.get("overall_accuracy"), global.overallAccuracy()),
                Math.max(difference(metrics.get("mean_accuracy"), global.meanAccuracy()),
                        Math.max(difference(metrics.get("mean_iou"), global.meanIou()),
                                difference(metrics.get("fwavacc"), global.frequencyWeightedIou()))));
        double[] accuracy = global.classAccuracy();
        double[] iou = global.iou();
        for (int c = 0; c < CLASSES; c++) {
            worst = Math.max(worst, difference(metrics.get("per_class_accuracy").get(c), accuracy[c]));
            worst = Math.max(worst, difference(metrics.get("per_class_iou").get(c), iou[c]));
        }
        report.measured(part + " metrics", worst, METRIC_TOLERANCE);
    }

    /** |expected - actual|, 0 when both are NaN ({@code null} in the JSON), infinite when only one is. */
    private static double difference(JsonNode expected, double actual) {
        double e = expected == null || expected.isNull() ? Double.NaN : expected.asDouble();
        if (Double.isNaN(e) || Double.isNaN(actual)) {
            return Double.isNaN(e) && Double.isNaN(actual) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(e - actual);
    }

    /** The reference's frame-0 labels: bilinear 8-bit resize, label set, soft labels on the grid. */
    private static void checkFirstLabels(FixtureFiles f, List<ListedSequence> videos, ToleranceReport report) {
        int mismatches = 0;
        int frameCrcs = 0;
        for (ListedSequence e : videos) {
            List<Path> frames = VipEvaluator.files(e.frames(), "images");
            HostArray soft0 = f.array(e.name() + ":soft0");
            PartTask task = new PartTask(VipEvaluator.files(e.labels(), "labels").get(0), f.crop(), true, e.labels());
            RgbFrame frame0 = RgbFrame.read(frames.get(0));
            SoftLabels soft = task.firstLabels(frame0, frames.get(0), (int) soft0.shape()[0], (int) soft0.shape()[1]);
            byte[] resized = task.resizedFirstLabels().labels();
            byte[] want = (byte[]) f.array(e.name() + ":label_resized0").data();
            for (int i = 0; i < want.length; i++) {
                mismatches += want[i] == resized[i] ? 0 : 1;
            }
            long[] lblset = f.array(e.name() + ":lblset").longs();
            mismatches += lblset.length == task.labelSet().size() ? 0 : 1;
            for (int c = 0; c < Math.min(lblset.length, task.labelSet().size()); c++) {
                mismatches += lblset[c] == task.labelSet().label(c) ? 0 : 1;
            }
            mismatches += FixtureFiles.mismatches(soft0.floats(), soft.data());
            frameCrcs += differingFrames(f, e, frames);
        }
        report.measured("label_resized0, lblset, soft0 (values not equal)", mismatches, 0.5);
        System.out.printf(Locale.ROOT, "[parity] vip: %d frames decode to other RGB bytes than cv2's%n", frameCrcs);
    }

    /** Frames whose decoded RGB bytes have another CRC-32 than cv2's (the fixture's {@code frame_crc32_rgb}). */
    private static int differingFrames(FixtureFiles f, ListedSequence e, List<Path> frames) {
        for (JsonNode video : f.expected().get("propagation").get("videos")) {
            if (!video.get("name").asText().equals(e.name())) {
                continue;
            }
            int differing = 0;
            for (int t = 0; t < frames.size(); t++) {
                CRC32 crc = new CRC32();
                crc.update(RgbFrame.read(frames.get(t)).rgb());
                differing += crc.getValue() == video.get("frame_crc32_rgb").get(t).asLong() ? 0 : 1;
            }
            return differing;
        }
        return 0;
    }

    private static void endToEnd(FixtureFiles f, Path data, List<ListedSequence> videos, boolean referenceBugs,
                                 String maskKey, JsonNode metrics, long nearTies, ToleranceReport report) throws Exception {
        Path out = Files.createTempDirectory("vip-fixture");
        VipEvaluator evaluator = new VipEvaluator(DatasetRoot.at(data), "VIP_vallist.txt", CLASSES,
                f.propagation(), new FrameInput(f.crop(), true), referenceBugs);
        EvaluationResult result = evaluator.evaluate(f.context(out));
        String variant = referenceBugs ? "reference-bugs" : "nearest labels";
        long differing = 0;
        for (ListedSequence e : videos) {
            byte[] want = (byte[]) f.array(e.name() + maskKey).data();
            List<Path> frames = VipEvaluator.files(e.frames(), "images");
            int size = f.crop() * f.crop();
            for (int t = 0; t < frames.size(); t++) {
                String stem = frames.get(t).getFileName().toString().replaceFirst("\\.[^.]*$", "");
                LabelImage mask = MaskPng.read(out.resolve("results").resolve(e.name()).resolve(stem + ".png"));
                for (int i = 0; i < size; i++) {
                    differing += want[t * size + i] == mask.labels()[i] ? 0 : 1;
                }
            }
        }
        report.measured("end to end, " + variant + ": mask pixels differing (near ties " + nearTies + ")", differing,
                nearTies + 0.5);
        report.measured("end to end, " + variant + ": mIoU", difference(metrics.get("mean_iou"), result.headlineValue()),
                MIOU_TOLERANCE);
        System.out.printf(Locale.ROOT, "[parity] vip %s: %d mask pixels differ, mIoU %.10f (reference %.10f)%n", variant,
                differing, result.headlineValue(), metrics.get("mean_iou").asDouble());
    }
}
