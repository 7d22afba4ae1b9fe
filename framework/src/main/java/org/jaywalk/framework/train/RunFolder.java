package org.jaywalk.framework.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaywalk.framework.config.ExperimentSettings;
import org.jaywalk.framework.io.ProcessLock;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * One run's folder, {@code <output-dir>/<experiment>/<run>/}: the resolved {@code config.conf},
 * {@code metrics.jsonl}, TensorBoard events and {@code checkpoints/}.
 */
public final class RunFolder {

    public static final String CONFIG_FILE = "config.conf";
    public static final String METRICS_FILE = "metrics.jsonl";
    public static final String CHECKPOINTS = "checkpoints";
    /** The folder of the evaluation after training (experiments with an {@code evaluation} block). */
    public static final String EVAL = "eval";
    /** Settings changed with {@code --resume --allow-changes}, one line per resume ({@link #recordChanges}). */
    public static final String CHANGES_FILE = "resumed-changes.txt";
    /** The lock file held by the process training the run ({@link #lock}). */
    public static final String LOCK_FILE = ".run.lock";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * A new run folder named {@code experiment.run-name}, or the current time. An existing folder of that
     * name holding checkpoints is refused (resume it instead); timestamps get a {@code -2}, ... suffix.
     */
    public static RunFolder create(ExperimentSettings experiment, Clock clock) {
        Path parent = experiment.runsFolder();
        Path dir;
        if (experiment.runName().isPresent()) {
            dir = parent.resolve(experiment.runName().get());
            if (hasCheckpoints(dir)) {
                throw new ConfigError("run folder " + dir + " already holds checkpoints: continue it with --resume "
                        + dir + " or choose another experiment.run-name");
            }
        } else {
            String stamp = LocalDateTime.now(clock).format(TIMESTAMP);
            dir = parent.resolve(stamp);
            for (int n = 2; Files.exists(dir); n++) {
                dir = parent.resolve(stamp + "-" + n);
            }
        }
        return new RunFolder(createDirectories(dir));
    }

    /**
     * The run folder named {@code experiment.run-name}: resumed when it holds a checkpoint (a sweep point
     * that was interrupted), else created.
     */
    public static RunFolder createOrResume(ExperimentSettings experiment) {
        String name = experiment.runName().orElseThrow(() -> new IllegalArgumentException("experiment.run-name is unset"));
        Path dir = experiment.runsFolder().resolve(name);
        return hasCheckpoints(dir) ? new RunFolder(dir) : new RunFolder(createDirectories(dir));
    }

    /** An existing run to resume; it must hold a checkpoint. */
    public static RunFolder existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigError("run folder to resume not found: " + dir);
        }
        if (!hasCheckpoints(dir)) {
            throw new ConfigError("run folder " + dir + " holds no checkpoint to resume from");
        }
        return new RunFolder(dir);
    }

    /** The run of {@code experiment} whose newest checkpoint is the most recent. */
    public static RunFolder latest(ExperimentSettings experiment) {
        Path parent = experiment.runsFolder();
        if (!Files.isDirectory(parent)) {
            throw new ConfigError("no runs of experiment '" + experiment.name() + "' to resume in " + parent);
        }
        try (Stream<Path> runs = Files.list(parent)) {
            return runs.filter(RunFolder::hasCheckpoints)
                    .max(Comparator.comparing(RunFolder::newestCheckpointTime).thenComparing(Path::toString))
                    .map(RunFolder::new)
                    .orElseThrow(() -> new ConfigError("no run of experiment '" + experiment.name() + "' in " + parent
                            + " holds a checkpoint to resume from"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + parent, e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path configFile() {
        return dir.resolve(CONFIG_FILE);
    }

    public Path metricsFile() {
        return dir.resolve(METRICS_FILE);
    }

    public Path checkpointsDir() {
        return dir.resolve(CHECKPOINTS);
    }

    /** {@code <run>/eval/}: the evaluation of the final weights, with its {@code metrics.json}. */
    public Path evalDir() {
        return dir.resolve(EVAL);
    }

    /**
     * Locks the folder for this process until the lock is closed, so that two processes never train (or resume)
     * one run at once.
     *
     * @throws ConfigError naming the holder's PID when another process trains it
     */
    public ProcessLock lock() {
        return ProcessLock.acquire(dir.resolve(LOCK_FILE), "run folder " + dir);
    }

    /**
     * Records the resolved configuration: {@code config.conf} for a new run; when a resumed run's
     * configuration differs (e.g. more steps), {@code config.resumed-at-<step>.conf} beside it.
     */
    public void recordConfig(String config, long step) {
        Path file = configFile();
        try {
            if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(config)) {
                file = dir.resolve(String.format("config.resumed-at-%08d.conf", step));
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, config, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Appends to {@value #CHANGES_FILE} that the run was resumed at {@code step} with {@code changes} (the changed
     * settings, before and after) allowed; the new full configuration follows in {@code config.resumed-at-<step>.conf}.
     */
    public void recordChanges(long step, String changes) {
        Path file = dir.resolve(CHANGES_FILE);
        try {
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            AtomicFiles.writeString(file, before + String.format("resumed at step %d with --allow-changes: %s%n", step,
                    changes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Deletes this folder when nothing was trained in it (no checkpoint, no logged step): what a run that failed
     * while starting leaves; and the experiment's folder too if that leaves it empty. A folder holding a
     * checkpoint or a metric is kept.
     */
    public void removeIfNothingTrained() {
        try {
            if (hasCheckpoints(dir) || Files.exists(metricsFile()) && Files.size(metricsFile()) > 0) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            try {
                Files.deleteIfExists(dir.getParent());
            } catch (DirectoryNotEmptyException e) {
                // other runs of the experiment
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unused run folder " + dir, e);
        }
    }

    private static boolean hasCheckpoints(Path dir) {
        return newestCheckpoint(dir).isPresent();
    }

    private static Optional<Path> newestCheckpoint(Path dir) {
        return new CheckpointStore(dir.resolve(CHECKPOINTS), 1).latest();
    }

    private static FileTime newestCheckpointTime(Path dir) {
        try {
            return Files.getLastModifiedTime(newestCheckpoint(dir).orElseThrow());
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder " + dir, e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
