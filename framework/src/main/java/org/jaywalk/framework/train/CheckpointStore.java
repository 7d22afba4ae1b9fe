package org.jaywalk.framework.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jaywalk.framework.io.Checkpoint;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoints of one run: {@code step-<8-digit step>.ckpt} files in one folder, in the
 * {@link CheckpointFile} format (written to a temporary file in the same folder, then atomically renamed),
 * of which the newest {@code keep} are kept.
 */
public final class CheckpointStore {

    private static final Pattern NAME = Pattern.compile("step-(\\d{8,})\\.ckpt");

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

    private final Path folder;
    private final int keep;

    public CheckpointStore(Path folder, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one checkpoint, got " + keep);
        }
        this.folder = folder;
        this.keep = keep;
    }

    /** Reads any training checkpoint file. */
    public static LoadedCheckpoint read(Path file) {
        Checkpoint checkpoint = CheckpointFile.read(file);
        return new LoadedCheckpoint(file, checkpoint.tensors(), CheckpointMeta.fromJson(checkpoint.meta(), file));
    }

    /**
     * The newest checkpoint, read back. When it is damaged (a failed CRC, a truncated file), the error also
     * names the checkpoint before it, which {@code --resume} continues from once the damaged one is deleted.
     */
    public Optional<LoadedCheckpoint> readLatest() {
        return readNewest(CheckpointStore::read);
    }

    /** The metadata of the newest checkpoint (its tensors unread); errors as {@link #readLatest}'s. */
    public Optional<CheckpointMeta> latestMeta() {
        return readNewest(file -> CheckpointMeta.fromJson(CheckpointFile.readMeta(file), file));
    }

    private <T> Optional<T> readNewest(Function<Path, T> reader) {
        List<Path> all = list();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path newest = all.get(all.size() - 1);
        try {
            return Optional.of(reader.apply(newest));
        } catch (JaywalkIoException | CheckpointError e) {
            String fallback = all.size() > 1
                    ? "; deleting it makes --resume continue from the checkpoint before it, " + all.get(all.size() - 2)
                    : "; " + folder + " holds no earlier checkpoint";
            throw new JaywalkIoException(e.getMessage() + fallback, e);
        }
    }

    /**
     * Writes the checkpoint of {@code meta.position().step()}, prunes old ones (and what interrupted saves left)
     * and returns its path.
     */
    public Path save(Map<String, HostArray> tensors, CheckpointMeta meta) {
        Path target = folder.resolve(fileName(meta.position().step()));
        CheckpointFile.write(target, tensors, meta.toJson());
        prune();
        removeInterruptedSaves();
        return target;
    }

    /**
     * Deletes the temporary files of saves whose process was killed ({@code .step-*.ckpt.*.partial}); the run
     * folder's lock guarantees that no save is under way.
     */
    public void removeInterruptedSaves() {
        int removed = AtomicFiles.removeLeftovers(folder);
        if (removed > 0) {
            LOG.info("removed {} unfinished checkpoint file(s) of an interrupted save in {}", removed, folder);
        }
    }

    /** The newest checkpoint, if any. */
    public Optional<Path> latest() {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every checkpoint, oldest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> step(f) >= 0).sorted((a, b) -> Long.compare(step(a), step(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + folder, e);
        }
    }

    /** The file name of the checkpoint taken after {@code step} steps. */
    public static String fileName(long step) {
        return String.format("step-%08d.ckpt", step);
    }

    private void prune() {
        List<Path> all = list();
        try {
            for (int i = 0; i < all.size() - keep; i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete an old checkpoint in " + folder, e);
        }
    }

    private static long step(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
