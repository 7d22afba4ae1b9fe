package org.jaywalk.framework.sweep;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.io.ProcessLock;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginSettings;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.TrainingReport;

/**
 * Runs one sweep point in this process (what a point's child JVM or Slurm task does): marks it running, trains
 * the base experiment with the point's overrides in {@code <sweep>/<point>/} (resuming its newest checkpoint
 * when an earlier attempt left one), then records its final metrics, or its error, in the manifest. The run folder
 * also gets the point's TensorBoard HParams session ({@link SweepHParams}).
 */
public final class PointRun {

    private final ManifestStore store;
    private final Function<PluginSettings, ComponentRegistry> plugins;
    private final Function<Throwable, String> describe;

    /**
     * @param plugins the registry for an experiment's plugin settings
     * @param describe the one-line description of a failure, as recorded in the manifest
     */
    public PointRun(ManifestStore store, Function<PluginSettings, ComponentRegistry> plugins,
                    Function<Throwable, String> describe) {
        this.store = store;
        this.plugins = plugins;
        this.describe = describe;
    }

    /**
     * Runs {@code point} with {@code extraOverrides} (e.g. thread counts) after its own.
     *
     * @throws RuntimeException what the run failed with, after recording it
     */
    public TrainingReport run(String point, List<String> extraOverrides) {
        SweepManifest manifest = store.read();
        PointRecord record = manifest.point(point)
                .orElseThrow(() -> new ConfigError("the sweep in " + store.layout().dir() + " has no point named '" + point + "'"));
        store.markRunning(point, ProcessIdentity.current());
        Path session = null;
        try {
            SweepFile sweep = SweepFile.read(Path.of(manifest.sweepFile()));
            List<String> overrides = new ArrayList<>(record.overrides());
            overrides.addAll(store.layout().runOverrides(point));
            overrides.addAll(extraOverrides);
            ComponentRegistry registry = plugins.apply(sweep.pluginSettings(overrides));
            ResolvedExperiment experiment = sweep.load(registry, overrides);
            RunFolder run = RunFolder.createOrResume(experiment.experiment());
            SweepHParams.of(manifest).startSession(run.dir(), record, Instant.now());
            session = run.dir();
            TrainingReport report;
            try (ProcessLock lock = run.lock()) {
                report = CompositionRoot.trainer(registry, experiment, run).train();
            }
            Map<String, Double> metrics = FinalMetrics.of(run);
            SweepHParams.endSession(run.dir(), metrics, true, Instant.now());
            session = null; // ended
            store.markDone(point, metrics);
            return report;
        } catch (RuntimeException | Error e) {
            endFailed(session, e);
            store.markFailed(point, describe.apply(e));
            throw e;
        }
    }

    /** Ends a started session as failed; a failure to write it is added to {@code cause}. */
    private static void endFailed(Path session, Throwable cause) {
        if (session == null) {
            return;
        }
        try {
            SweepHParams.endSession(session, Map.of(), false, Instant.now());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
