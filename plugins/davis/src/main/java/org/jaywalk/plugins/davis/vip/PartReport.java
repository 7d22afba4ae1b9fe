package org.jaywalk.plugins.davis.vip;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * Part-segmentation tables: {@code confusion.csv} (pixel counts, rows = ground truth), {@code per-class.csv} (pixel
 * accuracy and IoU per class), {@code per-sequence_miou.csv} (each video scored alone) and the metrics an evaluation
 * reports: {@code mIoU}, {@code pixel-accuracy}, {@code mean-accuracy}, {@code fwavacc} and {@code IoU/<class>} (for
 * the classes seen or predicted).
 */
public final class PartReport {

    /** The headline metric. */
    public static final String HEADLINE = "mIoU";

    private final ConfusionMatrix global;
    private final Map<String, ConfusionMatrix> byVideo;

    public PartReport(ConfusionMatrix global, Map<String, ConfusionMatrix> byVideo) {
        this.global = global;
        this.byVideo = byVideo;
    }

    /** The metrics, headline first; a class neither in the ground truth nor predicted has no IoU and is left out. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(HEADLINE, global.meanIou());
        m.put("pixel-accuracy", global.overallAccuracy());
        m.put("mean-accuracy", global.meanAccuracy());
        m.put("fwavacc", global.frequencyWeightedIou());
        double[] iou = global.iou();
        for (int c = 0; c < iou.length; c++) {
            if (!Double.isNaN(iou[c])) {
                m.put("IoU/" + PartClasses.of(c, iou.length), iou[c]);
            }
        }
        return m;
    }

    /** Writes the three tables into {@code folder}. */
    public void write(Path folder) {
        int classes = global.classes();
        StringBuilder confusion = new StringBuilder("truth\\prediction");
        for (int c = 0; c < classes; c++) {
            confusion.append(',').append(PartClasses.of(c, classes));
        }
        confusion.append('\n');
        for (int t = 0; t < classes; t++) {
            confusion.append(PartClasses.of(t, classes));
            for (int p = 0; p < classes; p++) {
                confusion.append(',').append(global.count(t, p));
            }
            confusion.append('\n');
        }
        AtomicFiles.writeString(folder.resolve("confusion.csv"), confusion.toString());
        StringBuilder perClass = new StringBuilder("class,id,pixel-accuracy,IoU\n");
        double[] accuracy = global.classAccuracy();
        double[] iou = global.iou();
        for (int c = 0; c < classes; c++) {
            perClass.append(PartClasses.of(c, classes)).append(',').append(c).append(',').append(number(accuracy[c]))
                    .append(',').append(number(iou[c])).append('\n');
        }
        AtomicFiles.writeString(folder.resolve("per-class.csv"), perClass.toString());
        StringBuilder perVideo = new StringBuilder("sequence,mIoU,pixel-accuracy\n");
        byVideo.forEach((video, m) -> perVideo.append(video).append(',').append(number(m.meanIou())).append(',')
                .append(number(m.overallAccuracy())).append('\n'));
        AtomicFiles.writeString(folder.resolve("per-sequence_miou.csv"), perVideo.toString());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.6f", v);
    }
}
