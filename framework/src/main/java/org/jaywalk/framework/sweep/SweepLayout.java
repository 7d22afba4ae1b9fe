package org.jaywalk.framework.sweep;

import com.typesafe.config.ConfigUtil;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of a sweep folder: {@code manifest.json}, {@code results.csv}, the report plots, a Slurm script,
 * and one run folder per point ({@code <point>/}, a normal run folder plus {@code output.log}).
 *
 * @param dir the sweep folder
 */
public record SweepLayout(Path dir) {

    public SweepLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path manifest() {
        return dir.resolve("manifest.json");
    }

    public Path results() {
        return dir.resolve("results.csv");
    }

    /** Held briefly by every process that changes the manifest. */
    Path manifestLock() {
        return dir.resolve(".manifest.lock");
    }

    /** Held by the process running the sweep, for as long as it runs. */
    Path sweepLock() {
        return dir.resolve(".sweep.lock");
    }

    public Path slurmScript() {
        return dir.resolve("sweep.sbatch");
    }

    /** The plot of {@code metric} against the swept parameters. */
    public Path plot(String metric) {
        return dir.resolve("report-" + metric.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
    }

    /** A point's run folder. */
    public Path pointDir(String point) {
        return dir.resolve(point);
    }

    /** What a point's process printed. */
    public Path pointLog(String point) {
        return pointDir(point).resolve("output.log");
    }

    /** Overrides that put a point's run in its folder: {@code <output-dir>/<name>/<run-name>} = {@code <sweep>/<point>}. */
    public List<String> runOverrides(String point) {
        return List.of("experiment.output-dir=" + quote(dir.getParent().toString()),
                "experiment.name=" + quote(dir.getFileName().toString()),
                "experiment.run-name=" + quote(point));
    }

    private static String quote(String text) {
        return ConfigUtil.quoteString(text);
    }
}
