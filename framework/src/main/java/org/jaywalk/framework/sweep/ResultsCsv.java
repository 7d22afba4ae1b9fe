package org.jaywalk.framework.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * {@code results.csv}: one row per finished point, in sweep order: {@code point}, every swept key, then
 * {@code step}, {@code loss} and the other final metrics (with the evaluation's as {@code eval:<metric>}). Rewritten whole (temp file + rename) whenever a
 * point finishes, so a rerun point has one row and the columns cover every point's metrics.
 */
final class ResultsCsv {

    private static final List<String> FIRST_METRICS = List.of("step", "loss");

    private ResultsCsv() {
    }

    static void write(java.nio.file.Path file, SweepManifest manifest) {
        List<PointRecord> done = manifest.in(PointState.DONE);
        Set<String> params = new TreeSet<>();
        Set<String> metrics = new TreeSet<>();
        done.forEach(p -> {
            params.addAll(p.params().keySet());
            metrics.addAll(p.metrics().keySet());
        });
        Set<String> metricColumns = new LinkedHashSet<>(FIRST_METRICS);
        metricColumns.retainAll(metrics);
        metricColumns.addAll(metrics);

        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(params);
        header.addAll(metricColumns);
        line(csv, header);
        for (PointRecord p : done) {
            List<String> row = new ArrayList<>(List.of(p.name()));
            params.forEach(k -> row.add(p.params().containsKey(k) ? String.valueOf(p.params().get(k)) : ""));
            metricColumns.forEach(k -> row.add(p.metrics().containsKey(k) ? number(p.metrics().get(k)) : ""));
            line(csv, row);
        }
        AtomicFiles.writeString(file, csv.toString());
    }

    /** Whole numbers (steps) without a fraction, others as Java prints them (round-trip exact). */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(ResultsCsv::cell).toList())).append('\n');
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    private static String cell(String text) {
        return text.matches("[^,\"\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
