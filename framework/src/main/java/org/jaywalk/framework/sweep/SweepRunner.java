package org.jaywalk.framework.sweep;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.io.ProcessLock;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * Runs a sweep: creates its folder and manifest (or, with {@code resume}, continues them: done points are
 * skipped, failed and interrupted ones rerun, new ones added), checks every point to run (a point whose
 * configuration is invalid is recorded as failed at once, without a process), and hands the rest to a
 * launcher. One failing point never stops the others.
 */
public final class SweepRunner {

    /** Resolves and checks an experiment: the sweep's base with the given overrides. */
    @FunctionalInterface
    public interface PointResolver {
        /** @throws ConfigError when the configuration is invalid */
        ResolvedExperiment resolve(List<String> overrides);
    }

    /** What the run did. */
    public record Outcome(SweepManifest manifest, boolean launched) {
        /** True when every point is done. */
        public boolean allDone() {
            return manifest.points().stream().allMatch(p -> p.state() == PointState.DONE);
        }
    }

    private final SweepFile sweep;
    private final SweepLayout layout;
    private final ManifestStore store;
    private final PointResolver resolver;

    public SweepRunner(SweepFile sweep, PointResolver resolver) {
        this.sweep = sweep;
        this.layout = new SweepLayout(sweep.folder());
        this.store = new ManifestStore(layout);
        this.resolver = resolver;
    }

    /**
     * Runs (or submits) the sweep's pending points.
     *
     * @param resume continue an existing sweep folder (a new one is started when there is none)
     * @throws ConfigError when the folder holds a sweep and {@code resume} is false, or another process runs it
     */
    public Outcome run(PointLauncher launcher, boolean resume, PrintWriter out) {
        try (ProcessLock ignored = ProcessLock.acquire(layout.sweepLock(), "the sweep folder " + layout.dir())) {
            SweepManifest manifest = store.update(existing -> prepare(existing, resume));
            List<PointTask> tasks = new ArrayList<>();
            for (PointRecord p : manifest.in(PointState.PENDING)) {
                check(p).ifPresent(tasks::add);
            }
            manifest = store.read();
            out.printf("sweep %s: %d point(s) in %s (%s); %s %d%n", sweep.name(), manifest.points().size(), layout.dir(),
                    manifest.summary(), launcher.waits() ? "running" : "submitting", tasks.size());
            out.flush();
            launcher.launch(store, tasks, out);
            return new Outcome(store.read(), true);
        }
    }

    /** Prints the points, their states and checks, and what the launcher would do; writes nothing. */
    public void preview(PointLauncher launcher, boolean resume, PrintWriter out) {
        SweepManifest manifest = prepare(store.exists() ? store.read() : null, resume);
        out.printf("sweep %s: %d point(s) in %s (%s)%n", sweep.name(), manifest.points().size(), layout.dir(), manifest.summary());
        List<PointTask> tasks = new ArrayList<>();
        for (PointRecord p : manifest.points()) {
            String note = p.state().json();
            if (p.state() == PointState.PENDING) {
                try {
                    tasks.add(task(p, resolver.resolve(overrides(p))));
                } catch (ConfigError e) {
                    note = "invalid: " + e.getMessage();
                }
            }
            out.printf("  %-8s %s  [%s]%n", note.startsWith("invalid") ? "invalid" : note, p.name(), String.join(" ", p.overrides()));
            if (note.startsWith("invalid")) {
                out.println("           " + note);
            }
        }
        launcher.preview(layout, tasks, out);
    }

    private SweepManifest prepare(SweepManifest existing, boolean resume) {
        if (existing == null) {
            return SweepManifest.create(sweep);
        }
        if (!resume) {
            throw new ConfigError("the sweep folder " + layout.dir() + " already holds a sweep (" + existing.summary()
                    + "): continue it with --resume, or give the new sweep another sweep.name");
        }
        if (!existing.sweepFile().equals(sweep.file().toString())) {
            throw new ConfigError("the sweep folder " + layout.dir() + " belongs to the sweep file " + existing.sweepFile()
                    + ", not " + sweep.file() + ": give this sweep another sweep.name");
        }
        return existing.resumed(sweep);
    }

    /** The point's task, or empty after recording it as failed when its configuration is invalid. */
    private Optional<PointTask> check(PointRecord p) {
        try {
            return Optional.of(task(p, resolver.resolve(overrides(p))));
        } catch (ConfigError e) {
            store.markFailed(p.name(), "invalid configuration: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<String> overrides(PointRecord p) {
        List<String> overrides = new ArrayList<>(p.overrides());
        overrides.addAll(layout.runOverrides(p.name()));
        return overrides;
    }

    private static PointTask task(PointRecord p, ResolvedExperiment experiment) {
        TrainSettings train = experiment.train();
        return new PointTask(p.name(), train.intraOpThreads() == 0 && train.interOpThreads() == 0);
    }
}
