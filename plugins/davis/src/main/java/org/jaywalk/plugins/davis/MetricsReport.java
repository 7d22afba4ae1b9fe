package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The official DAVIS tables from per-object scores: the global row (means over all objects, not sequences) and
 * the per-object rows, written as {@code global_results-<subset>.csv} and {@code per-sequence_results-<subset>.csv}
 * with the official columns, at full precision.
 */
public final class MetricsReport {

    /** The global columns, in the official order. */
    public static final List<String> GLOBAL_COLUMNS =
            List.of("J&F-Mean", "J-Mean", "J-Recall", "J-Decay", "F-Mean", "F-Recall", "F-Decay");

    private final List<ObjectScores> objects;

    public MetricsReport(List<ObjectScores> objects) {
        this.objects = List.copyOf(objects);
    }

    public List<ObjectScores> objects() {
        return objects;
    }

    /** The global row by column name, in {@link #GLOBAL_COLUMNS} order. */
    public Map<String, Double> global() {
        List<ObjectStatistics> j = objects.stream().map(ObjectScores::jStatistics).toList();
        List<ObjectStatistics> f = objects.stream().map(ObjectScores::fStatistics).toList();
        double jMean = mean(j, ObjectStatistics::mean);
        double fMean = mean(f, ObjectStatistics::mean);
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("J&F-Mean", (jMean + fMean) / 2);
        row.put("J-Mean", jMean);
        row.put("J-Recall", mean(j, ObjectStatistics::recall));
        row.put("J-Decay", mean(j, ObjectStatistics::decay));
        row.put("F-Mean", fMean);
        row.put("F-Recall", mean(f, ObjectStatistics::recall));
        row.put("F-Decay", mean(f, ObjectStatistics::decay));
        return row;
    }

    /** The global table as CSV text (header and one row). */
    public String globalCsv() {
        return String.join(",", GLOBAL_COLUMNS) + "\n"
                + String.join(",", global().values().stream().map(MetricsReport::number).toList()) + "\n";
    }

    /** The per-object table as CSV text: {@code Sequence,J-Mean,F-Mean}, one row per object. */
    public String perSequenceCsv() {
        StringBuilder csv = new StringBuilder("Sequence,J-Mean,F-Mean\n");
        for (ObjectScores o : objects) {
            csv.append(o.name()).append(',').append(number(o.jStatistics().mean())).append(',')
                    .append(number(o.fStatistics().mean())).append('\n');
        }
        return csv.toString();
    }

    /** Writes both CSV files into {@code folder}; returns their paths (global first). */
    public List<Path> write(Path folder, String subset) {
        List<Path> files = new ArrayList<>();
        files.add(writeGlobal(folder.resolve("global_results-" + subset + ".csv")));
        files.add(writeText(folder.resolve("per-sequence_results-" + subset + ".csv"), perSequenceCsv()));
        return files;
    }

    /** Writes the global table alone to {@code file}. */
    public Path writeGlobal(Path file) {
        return writeText(file, globalCsv());
    }

    /** A number in plain decimal notation with every significant digit ({@code NaN} as such). */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        String plain = new BigDecimal(Double.toString(v)).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static double mean(List<ObjectStatistics> stats, ToDoubleFunction<ObjectStatistics> value) {
        return stats.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new DavisDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
