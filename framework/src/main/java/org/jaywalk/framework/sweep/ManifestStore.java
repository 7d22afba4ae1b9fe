package org.jaywalk.framework.sweep;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * Reads and changes a sweep's {@code manifest.json}. Every change is read-modify-write under a file lock (so
 * the sweep process and the point processes, local or on cluster nodes, can all record states), written to a
 * temporary file and renamed, and followed by rewriting {@code results.csv} and the TensorBoard HParams experiment
 * ({@link SweepHParams}) the same way: a killed process never leaves a torn manifest or results file.
 */
public final class ManifestStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final SweepLayout layout;

    public ManifestStore(SweepLayout layout) {
        this.layout = layout;
    }

    public SweepLayout layout() {
        return layout;
    }

    public boolean exists() {
        return Files.isRegularFile(layout.manifest());
    }

    /**
     * The manifest as last written.
     *
     * @throws ConfigError when the folder holds no sweep manifest
     */
    public SweepManifest read() {
        if (!exists()) {
            throw new ConfigError("no sweep manifest in " + layout.dir() + " (expected " + layout.manifest().getFileName() + ")");
        }
        SweepManifest manifest;
        try {
            manifest = JSON.readValue(layout.manifest().toFile(), SweepManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sweep manifest " + layout.manifest(), e);
        }
        if (manifest.version() > SweepManifest.VERSION) {
            throw new ConfigError("the sweep manifest " + layout.manifest() + " has format version " + manifest.version()
                    + ", newer than this Jaywalk reads (" + SweepManifest.VERSION + "): use a newer Jaywalk");
        }
        return manifest;
    }

    /** Writes a manifest for a new sweep (or the resumed one) and its results. */
    public synchronized void write(SweepManifest manifest) {
        update(old -> manifest);
    }

    /** Applies {@code change} to the current manifest under the lock and writes the result; returns it. */
    public synchronized SweepManifest update(UnaryOperator<SweepManifest> change) {
        try {
            Files.createDirectories(layout.dir());
            try (FileChannel channel = FileChannel.open(layout.manifestLock(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                SweepManifest changed = change.apply(exists() ? read() : null);
                AtomicFiles.write(layout.manifest(), JSON.writeValueAsBytes(changed));
                ResultsCsv.write(layout.results(), changed);
                SweepHParams.of(changed).writeExperiment(layout);
                return changed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the sweep manifest " + layout.manifest(), e);
        }
    }

    /** Records that {@code process} started the point. */
    public SweepManifest markRunning(String point, ProcessIdentity process) {
        return update(m -> m.with(point, p -> p.running(process, Instant.now())));
    }

    /** Records the point's final metrics. */
    public SweepManifest markDone(String point, Map<String, Double> metrics) {
        return update(m -> m.with(point, p -> p.done(metrics, Instant.now())));
    }

    /** Records the point's failure. */
    public SweepManifest markFailed(String point, String error) {
        return update(m -> m.with(point, p -> p.failed(error, Instant.now())));
    }
}
