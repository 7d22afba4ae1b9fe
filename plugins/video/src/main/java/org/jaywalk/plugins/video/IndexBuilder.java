package org.jaywalk.plugins.video;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a dataset's {@link VideoIndex}: lists the videos, takes from the cache every video whose stamp is
 * unchanged (including skipped ones, which are not retried until they change, except those skipped for want of
 * permission, which are retried every time), reads the others in parallel,
 * each bounded by a timeout, and rewrites the cache if anything changed. Reports progress to an
 * {@link IndexProgress} and, every ten seconds, to the log.
 */
final class IndexBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final VideoCatalog catalog;
    private final FrameReaders readers;
    private final Path cacheFile;
    private final int workers;
    private final long timeoutMillis;
    private final IndexProgress progress;

    /**
     * @param workers threads reading metadata
     * @param timeoutMillis longest time reading one video's metadata may take
     */
    IndexBuilder(VideoCatalog catalog, FrameReaders readers, Path cacheFile, int workers, long timeoutMillis,
                 IndexProgress progress) {
        this.catalog = catalog;
        this.readers = readers;
        this.cacheFile = cacheFile;
        this.workers = workers;
        this.timeoutMillis = timeoutMillis;
        this.progress = progress;
    }

    /** Lists, reuses, reads and caches; fails only if the dataset itself cannot be listed. */
    VideoIndex build() throws IOException {
        List<SourceVideo> sources = catalog.list();
        Map<String, IndexCache.Entry> cached = new HashMap<>();
        IndexCache.read(cacheFile, catalog).forEach(e -> cached.put(e.key(), e));
        IndexEntry[] known = new IndexEntry[sources.size()];
        List<TimedTask<IndexEntry>> probes = new ArrayList<>(Collections.nCopies(sources.size(), null));
        AtomicInteger done = new AtomicInteger();
        int probed = 0;
        ExecutorService pool = Workers.pool("jaywalk-index", workers);
        try {
            for (int i = 0; i < sources.size(); i++) {
                SourceVideo source = sources.get(i);
                FileStamp stamp;
                try {
                    stamp = FileStamp.of(source, readers.frameExtensions());
                } catch (IOException e) {
                    known[i] = new SkippedVideo(source, null, describe(e));
                    done.incrementAndGet();
                    continue;
                }
                known[i] = fromCache(source, stamp, cached.get(source.key()));
                if (known[i] != null) {
                    done.incrementAndGet();
                } else {
                    probes.set(i, TimedTask.submit(pool, () -> probe(source, stamp, done)));
                    probed++;
                }
            }
            if (probed > 0) {
                LOG.info("indexing {} videos of {} ({} from the cache {})", probed, catalog.location(),
                        sources.size() - probed, cacheFile);
            }
            List<IndexedVideo> videos = new ArrayList<>();
            List<SkippedVideo> skipped = new ArrayList<>();
            Ticker ticker = new Ticker(done, sources.size());
            for (int i = 0; i < sources.size(); i++) {
                IndexEntry entry = known[i] != null ? known[i] : await(probes.get(i), sources.get(i), ticker);
                if (entry instanceof IndexedVideo video) {
                    videos.add(video);
                } else {
                    skipped.add((SkippedVideo) entry);
                }
            }
            progress.update(sources.size(), sources.size());
            VideoIndex index = new VideoIndex(catalog, cacheFile, videos, skipped, probed);
            if (probed > 0 || cached.size() != countStamped(index)) {
                IndexCache.write(cacheFile, index);
            }
            return index;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The cached entry of {@code source} if its stamp is unchanged, else null; a cached permission failure
     * (written before such skips were left out of the cache) is tried again.
     */
    private static IndexEntry fromCache(SourceVideo source, FileStamp stamp, IndexCache.Entry entry) {
        if (entry == null || !stamp.equals(entry.stamp())
                || entry.skipped() != null && isAccessProblem(entry.skipped())) {
            return null;
        }
        return entry.metadata() != null ? new IndexedVideo(source, stamp, entry.metadata())
                : new SkippedVideo(source, stamp, entry.skipped());
    }

    private IndexEntry probe(SourceVideo source, FileStamp stamp, AtomicInteger done) {
        try {
            return new IndexedVideo(source, stamp, readers.of(source).probe(source.path()));
        } catch (IOException | RuntimeException e) {
            // a permission problem is fixed without changing the file: not cached, so that it is tried again
            String reason = describe(e);
            return new SkippedVideo(source, isAccessProblem(reason) ? null : stamp, reason);
        } finally {
            done.incrementAndGet();
        }
    }

    private IndexEntry await(TimedTask<IndexEntry> task, SourceVideo source, Ticker ticker) throws IOException {
        try {
            return task.await(timeoutMillis, ticker);
        } catch (TimeoutException e) {
            return new SkippedVideo(source, stampOrNull(source), "reading its metadata " + e.getMessage());
        } catch (ExecutionException e) {
            return new SkippedVideo(source, stampOrNull(source), String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing " + catalog.location());
        }
    }

    private FileStamp stampOrNull(SourceVideo source) {
        try {
            return FileStamp.of(source, readers.frameExtensions());
        } catch (IOException e) {
            return null;
        }
    }

    /** A short reason for a skip report. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Whether a skip reason is a permission problem ({@link #describe}'s wording, or the OS's in a message). */
    private static boolean isAccessProblem(String reason) {
        return reason.toLowerCase(Locale.ROOT).contains("permission denied");
    }

    private static int countStamped(VideoIndex index) {
        return index.videos().size() + (int) index.skipped().stream().filter(s -> s.stamp() != null).count();
    }

    /** Reports progress to the callback on every tick and to the log every ten seconds. */
    private final class Ticker implements Runnable {

        private final AtomicInteger done;
        private final int total;
        private long lastLog = System.nanoTime();

        Ticker(AtomicInteger done, int total) {
            this.done = done;
            this.total = total;
        }

        @Override
        public void run() {
            int now = done.get();
            progress.update(now, total);
            if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
                lastLog = System.nanoTime();
                LOG.info("indexed {} of {} videos", now, total);
            }
        }
    }
}
