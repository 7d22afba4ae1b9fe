package org.jaywalk.framework.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The report's table: finished points sorted by a metric (best first: lowest, or highest with
 * {@code descending}), one column per swept key, then the points that did not finish with their state and error.
 */
final class SweepTable {

    private SweepTable() {
    }

    static String render(SweepManifest manifest, String metric, boolean descending) {
        List<PointRecord> done = new ArrayList<>(manifest.in(PointState.DONE).stream()
                .filter(p -> p.metrics().containsKey(metric)).toList());
        Comparator<PointRecord> byMetric = Comparator.comparingDouble(p -> p.metrics().get(metric));
        done.sort(descending ? byMetric.reversed() : byMetric);
        List<String> keys = new ArrayList<>(new TreeSet<>(manifest.points().stream().flatMap(p -> p.params().keySet().stream()).toList()));

        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("#", metric));
        header.addAll(keys);
        header.addAll(List.of("step", "point"));
        rows.add(header);
        for (int i = 0; i < done.size(); i++) {
            PointRecord p = done.get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), number(p.metrics().get(metric))));
            keys.forEach(k -> row.add(p.params().containsKey(k) ? String.valueOf(p.params().get(k)) : "-"));
            row.add(p.metrics().containsKey("step") ? String.valueOf(p.metrics().get("step").longValue()) : "-");
            row.add(p.name());
            rows.add(row);
        }
        StringBuilder out = new StringBuilder(columns(rows));
        if (done.isEmpty()) {
            out.append("no finished point has the metric '").append(metric).append("'\n");
        }
        for (PointRecord p : manifest.points()) {
            if (!done.contains(p)) {
                out.append(p.state().json()).append(": ").append(p.name())
                        .append(p.error() == null ? "" : " (" + p.error() + ")").append('\n');
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.5g", value);
    }

    private static String columns(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(r -> {
            for (int c = 0; c < r.size(); c++) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                line.append(String.format("%-" + widths[c] + "s", r.get(c))).append(c + 1 < r.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
