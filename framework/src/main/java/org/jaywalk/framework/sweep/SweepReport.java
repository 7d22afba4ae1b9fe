package org.jaywalk.framework.sweep;

import java.nio.file.Path;
import java.util.Optional;

/** {@code jaywalk sweep report}: a sweep folder's results as a sorted table and a plot. */
public final class SweepReport {

    private final SweepLayout layout;
    private final SweepManifest manifest;

    /** Reads the manifest of {@code sweepDir}. */
    public SweepReport(Path sweepDir) {
        this.layout = new SweepLayout(sweepDir);
        this.manifest = new ManifestStore(layout).read();
    }

    /** The finished points sorted by {@code metric} (lowest first unless {@code descending}), then the others. */
    public String table(String metric, boolean descending) {
        return SweepTable.render(manifest, metric, descending);
    }

    /**
     * Writes the plot of {@code metric} against the swept key {@code x} (null: chosen) to {@link #plotFile};
     * returns why not when there is nothing to plot.
     */
    public Optional<String> plot(String metric, String x) {
        return SweepPlot.write(manifest, metric, x, plotFile(metric));
    }

    public Path plotFile(String metric) {
        return layout.plot(metric);
    }
}
