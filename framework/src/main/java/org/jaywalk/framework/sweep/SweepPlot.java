package org.jaywalk.framework.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's plot (PNG): a metric of the finished points against one swept numeric parameter, one line per
 * setting of the other swept parameters (points of a random search, which share no settings, as one scatter).
 * The x axis is logarithmic when the parameter spans two decades or more (learning rates).
 */
final class SweepPlot {

    private SweepPlot() {
    }

    /**
     * Writes the plot to {@code png}; empty (with the reason) when there is nothing to plot.
     *
     * @param x the swept key on the x axis, or null for the numeric one with the most distinct values
     * @throws ConfigError when {@code x} is not a swept numeric key
     */
    static Optional<String> write(SweepManifest manifest, String metric, String x, Path png) {
        List<PointRecord> done = manifest.in(PointState.DONE).stream()
                .filter(p -> p.metrics().containsKey(metric) && Double.isFinite(p.metrics().get(metric))).toList();
        List<String> numericKeys = numericKeys(done);
        if (x != null && !numericKeys.contains(x)) {
            throw new ConfigError("--x " + x + ": not a numeric swept key of the finished points; choose one of "
                    + numericKeys);
        }
        if (numericKeys.isEmpty()) {
            return Optional.of("no swept numeric parameter among " + done.size() + " finished point(s) with '" + metric + "'");
        }
        String axis = x != null ? x : numericKeys.stream()
                .max(Comparator.comparingInt((String k) -> distinct(done, k)).thenComparing(Comparator.reverseOrder())).orElseThrow();
        Map<String, List<PointRecord>> lines = byOtherSettings(done, axis);
        boolean scatter = lines.size() > 1 && lines.values().stream().allMatch(l -> l.size() == 1);
        if (scatter) {
            lines = Map.of(metric, done);
        }
        XYChart chart = chart(metric, axis, done);
        chart.getStyler().setLegendVisible(lines.size() > 1);
        lines.forEach((label, points) -> {
            List<PointRecord> sorted = points.stream().sorted(Comparator.comparingDouble(p -> number(p, axis))).toList();
            XYSeries series = chart.addSeries(label.isEmpty() ? metric : label,
                    sorted.stream().mapToDouble(p -> number(p, axis)).toArray(),
                    sorted.stream().mapToDouble(p -> p.metrics().get(metric)).toArray());
            series.setMarker(SeriesMarkers.CIRCLE);
            if (scatter) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        });
        try {
            AtomicFiles.write(png, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + png, e);
        }
        return Optional.empty();
    }

    private static XYChart chart(String metric, String axis, List<PointRecord> done) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(560).title(metric + " vs " + axis)
                .xAxisTitle(axis).yAxisTitle(metric).build();
        double min = done.stream().mapToDouble(p -> number(p, axis)).min().orElse(1);
        double max = done.stream().mapToDouble(p -> number(p, axis)).max().orElse(1);
        chart.getStyler().setXAxisLogarithmic(min > 0 && max / min >= 100);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setYAxisDecimalPattern("0.####");
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return chart;
    }

    /** Swept keys whose value is a number in every finished point, sorted. */
    private static List<String> numericKeys(List<PointRecord> done) {
        TreeSet<String> keys = new TreeSet<>();
        done.forEach(p -> keys.addAll(p.params().keySet()));
        keys.removeIf(k -> done.stream().anyMatch(p -> !(p.params().get(k) instanceof Number)));
        return List.copyOf(keys);
    }

    private static int distinct(List<PointRecord> done, String key) {
        return (int) done.stream().map(p -> number(p, key)).distinct().count();
    }

    /** Points grouped by their other settings, e.g. {@code edge-dropout=0.1}; the label is empty when there are none. */
    private static Map<String, List<PointRecord>> byOtherSettings(List<PointRecord> done, String axis) {
        Map<String, List<PointRecord>> lines = new LinkedHashMap<>();
        for (PointRecord p : done) {
            String label = p.params().entrySet().stream().filter(e -> !e.getKey().equals(axis))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
            lines.computeIfAbsent(label, l -> new ArrayList<>()).add(p);
        }
        return lines;
    }

    private static double number(PointRecord p, String key) {
        return ((Number) p.params().get(key)).doubleValue();
    }
}
