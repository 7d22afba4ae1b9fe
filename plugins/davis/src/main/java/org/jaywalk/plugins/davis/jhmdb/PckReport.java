package org.jaywalk.plugins.davis.jhmdb;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * PCK tables: {@code pck.csv} (one row per threshold: the mean and each joint, in percent), {@code per-sequence_pck.csv}
 * (each sequence scored alone) and the metrics an evaluation reports: {@code PCK@<alpha>} for every threshold, and
 * {@code PCK@0.1/<joint>}, {@code PCK@0.2/<joint>}.
 */
public final class PckReport {

    /** The headline metric. */
    public static final String HEADLINE = "PCK@0.1";

    private final Pck global;
    private final Map<String, Pck> bySequence;

    public PckReport(Pck global, Map<String, Pck> bySequence) {
        this.global = global;
        this.bySequence = bySequence;
    }

    /** The metrics, headline first. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (double alpha : Pck.THRESHOLDS) {
            m.put(name(alpha), global.mean(alpha));
        }
        for (double alpha : List.of(0.1, 0.2)) {
            double[] perJoint = global.perJoint(alpha);
            for (int j = 0; j < perJoint.length; j++) {
                m.put(name(alpha) + "/" + JointNames.of(j, perJoint.length), perJoint[j]);
            }
        }
        return m;
    }

    /** Writes {@code pck.csv} and {@code per-sequence_pck.csv} into {@code folder}. */
    public void write(Path folder) {
        int joints = global.entries().length;
        StringBuilder table = new StringBuilder("alpha,PCK");
        for (int j = 0; j < joints; j++) {
            table.append(',').append(JointNames.of(j, joints));
        }
        table.append('\n');
        for (double alpha : Pck.THRESHOLDS) {
            table.append(alpha).append(',').append(number(global.mean(alpha)));
            for (double v : global.perJoint(alpha)) {
                table.append(',').append(number(v));
            }
            table.append('\n');
        }
        AtomicFiles.writeString(folder.resolve("pck.csv"), table.toString());
        StringBuilder perSequence = new StringBuilder("sequence");
        for (double alpha : Pck.THRESHOLDS) {
            perSequence.append(',').append(name(alpha));
        }
        perSequence.append('\n');
        bySequence.forEach((sequence, pck) -> {
            perSequence.append(sequence);
            for (double alpha : Pck.THRESHOLDS) {
                perSequence.append(',').append(number(pck.mean(alpha)));
            }
            perSequence.append('\n');
        });
        AtomicFiles.writeString(folder.resolve("per-sequence_pck.csv"), perSequence.toString());
    }

    private static String name(double alpha) {
        return "PCK@" + alpha;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
