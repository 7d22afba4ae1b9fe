package org.jaywalk.framework.sweep;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.FactoryLookup;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.PluginSettings;

/**
 * A sweep file: a base experiment and a {@code sweep} block.
 *
 * <pre>{@code
 * sweep {
 *   experiment = "quickstart.conf"     # the base experiment, relative to this file (or inline blocks, below)
 *   name = sweep-temperature           # default: this file's name; the sweep folder is <output-dir>/<name>
 *   output-dir = runs                  # default: the base experiment's experiment.output-dir, else runs
 *   grid { "walk.temperature" = [0.03, 0.05, 0.07] }
 *   random { samples = 4, seed = 0, params { "optimizer.lr" = { log-uniform = [1e-5, 1e-3] } } }
 *   explicit = [ { "walk.type" = flip } ]
 * }
 * train.max-steps = 30                 # any other key: part of the base experiment, over sweep.experiment
 * }</pre>
 *
 * See {@link SweepSpace} for how the sections combine into points.
 */
public final class SweepFile {

    private static final Set<String> KEYS = Set.of("experiment", "name", "output-dir", "grid", "random", "explicit");

    private final Path file;
    private final Path baseFile;
    private final Config base;
    private final String name;
    private final Path folder;
    private final List<SweepPoint> points;

    private SweepFile(Path file, Path baseFile, Config base, String name, Path folder, List<SweepPoint> points) {
        this.file = file;
        this.baseFile = baseFile;
        this.base = base;
        this.name = name;
        this.folder = folder;
        this.points = points;
    }

    /**
     * Reads and expands a sweep file.
     *
     * @throws ConfigError naming the key and line of anything malformed
     */
    public static SweepFile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Config raw = ExperimentLoader.parseFile(absolute);
        ConfigValue block = raw.root().get("sweep");
        if (!(block instanceof ConfigObject sweepObject)) {
            throw new ConfigError("sweep file " + file + " has no sweep { ... } block (see docs/sweeps.md)");
        }
        Config sweep = sweepObject.toConfig();
        checkKeys(sweepObject);
        Config rest = raw.withoutPath("sweep");
        Path baseFile = absolute;
        Config base = rest;
        if (sweep.hasPath("experiment")) {
            baseFile = absolute.resolveSibling(sweep.getString("experiment")).normalize();
            base = rest.withFallback(ExperimentLoader.parseFile(baseFile));
        }
        String name = sweep.hasPath("name") ? sweep.getString("name") : withoutExtension(absolute.getFileName().toString());
        Path outputDir = Path.of(sweep.hasPath("output-dir") ? sweep.getString("output-dir") : outputDirOf(base));
        SweepSpace space = SweepSpace.parse(sweep);
        List<SweepPoint> points = new PointNamer(space.keys()).name(space.settings());
        return new SweepFile(absolute, baseFile, base, name, outputDir.resolve(name), points);
    }

    /** The sweep file, absolute. */
    public Path file() {
        return file;
    }

    /** The sweep's name ({@code sweep.name}, default the file's name). */
    public String name() {
        return name;
    }

    /** The sweep folder: {@code <output-dir>/<name>}. */
    public Path folder() {
        return folder;
    }

    /** Every point, in sweep order. */
    public List<SweepPoint> points() {
        return points;
    }

    /** The base experiment's {@code plugins} block with {@code overrides}, read before the plugins are known. */
    public PluginSettings pluginSettings(List<String> overrides) {
        return PluginSettings.from(ExperimentLoader.preview(base, overrides));
    }

    /** The base experiment with {@code overrides}, resolved and checked like {@code jaywalk train} does. */
    public ResolvedExperiment load(FactoryLookup factories, List<String> overrides) {
        return new ExperimentLoader(factories).load(baseFile, base, overrides);
    }

    private static void checkKeys(ConfigObject sweep) {
        Set<String> unknown = new TreeSet<>(sweep.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            String key = unknown.iterator().next();
            throw new ConfigError("unknown key sweep." + key + " [" + sweep.get(key).origin().description()
                    + "]; valid keys of sweep: " + String.join(", ", new TreeSet<>(KEYS)));
        }
    }

    private static String outputDirOf(Config base) {
        Config resolved = ExperimentLoader.preview(base, List.of())
                .withFallback(ExperimentLoader.frameworkDefaults());
        return resolved.hasPath("experiment.output-dir") ? resolved.getString("experiment.output-dir") : "runs";
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
