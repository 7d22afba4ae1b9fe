package org.jaywalk.plugins.video;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads batches of clips on a pool of worker threads: the clips of the batch asked for and of the next
 * {@code readAhead} batches are submitted together (a bounded read-ahead, so that decoding overlaps training when
 * batches are asked for in order); a clip that fails or runs longer than the timeout is replaced by the next
 * attempt at its position (see {@link ClipMaker}) and counted. A worker stuck in native code is replaced by a new
 * thread. Thread-safe.
 */
final class ClipLoader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClipLoader.class);
    /** Failures logged one by one; later ones are only counted. */
    private static final int LOGGED_FAILURES = 5;

    private final ClipMaker maker;
    private final int batchSize;
    private final int batchesPerEpoch;
    private final int readAhead;
    private final long timeoutMillis;
    private final int maxRetries;
    private final int maxThreads;
    private final ThreadPoolExecutor pool;
    /** First attempts submitted ahead, by {@link #key}; holds at most the read-ahead window. */
    private final Map<Long, TimedTask<LoadedClip>> inFlight = new LinkedHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param readAhead batches submitted after the one asked for
     * @param timeoutMillis longest time one clip may take once a worker started it
     * @param maxRetries replacement attempts per position before the batch fails
     */
    ClipLoader(ClipMaker maker, int batchSize, int batchesPerEpoch, int workers, int readAhead, long timeoutMillis,
               int maxRetries) {
        this.maker = maker;
        this.batchSize = batchSize;
        this.batchesPerEpoch = batchesPerEpoch;
        this.readAhead = readAhead;
        this.timeoutMillis = timeoutMillis;
        this.maxRetries = maxRetries;
        this.maxThreads = 2 * workers;
        this.pool = Workers.pool("jaywalk-decode", workers);
    }

    /** The clips of batch {@code index} of {@code epoch}, {@code [B]}, in order. */
    List<LoadedClip> batch(int epoch, int index) {
        List<TimedTask<LoadedClip>> tasks = submit(epoch, index);
        List<LoadedClip> clips = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            clips.add(await(tasks.get(b), epoch, index * batchSize + b));
        }
        return clips;
    }

    /** Clips replaced so far because they failed or timed out. */
    long failures() {
        return failures.get();
    }

    /** Takes this batch's tasks from the read-ahead (or submits them), submits the window after it, drops the rest. */
    private synchronized List<TimedTask<LoadedClip>> submit(int epoch, int index) {
        List<TimedTask<LoadedClip>> tasks = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            int position = index * batchSize + b;
            TimedTask<LoadedClip> task = inFlight.remove(key(epoch, position));
            tasks.add(task != null ? task : TimedTask.submit(pool, () -> maker.make(epoch, position, 0)));
        }
        Map<Long, int[]> window = new LinkedHashMap<>();
        int e = epoch;
        int i = index;
        for (int ahead = 0; ahead < readAhead; ahead++) {
            if (++i == batchesPerEpoch) {
                e++;
                i = 0;
            }
            for (int b = 0; b < batchSize; b++) {
                window.put(key(e, i * batchSize + b), new int[] {e, i * batchSize + b});
            }
        }
        for (Iterator<Map.Entry<Long, TimedTask<LoadedClip>>> it = inFlight.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, TimedTask<LoadedClip>> entry = it.next();
            if (!window.containsKey(entry.getKey())) {
                entry.getValue().cancel();
                it.remove();
            }
        }
        window.forEach((key, at) -> inFlight.computeIfAbsent(key,
                k -> TimedTask.submit(pool, () -> maker.make(at[0], at[1], 0))));
        return tasks;
    }

    /** The task's clip, or the first replacement that succeeds. */
    private LoadedClip await(TimedTask<LoadedClip> first, int epoch, int position) {
        TimedTask<LoadedClip> task = first;
        for (int attempt = 0; ; attempt++) {
            try {
                return task.await(timeoutMillis, () -> { });
            } catch (ExecutionException | TimeoutException e) {
                String reason = e instanceof TimeoutException ? "timed out (" + e.getMessage() + ")"
                        : String.valueOf(e.getCause().getMessage());
                if (e instanceof TimeoutException) {
                    addThread();
                }
                recordFailure(epoch, position, attempt, reason);
                if (attempt == maxRetries) {
                    throw new IllegalStateException("no clip could be loaded for place " + position + " of epoch "
                            + epoch + " in " + (maxRetries + 1) + " attempts; the last failed: " + reason);
                }
                int next = attempt + 1;
                task = TimedTask.submit(pool, () -> maker.make(epoch, position, next));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading clips", e);
            }
        }
    }

    private void recordFailure(int epoch, int position, int attempt, String reason) {
        long count = failures.incrementAndGet();
        if (count <= LOGGED_FAILURES) {
            String clip = describe(epoch, position, attempt);
            LOG.warn("clip {} failed and is replaced by another random clip: {}{}", clip, reason,
                    count == LOGGED_FAILURES ? " (further failures are only counted)" : "");
        }
    }

    private String describe(int epoch, int position, int attempt) {
        try {
            VideoClips.ClipLocation location = maker.clips().locate(maker.clipFor(epoch, position, attempt));
            return location.clip() + " of " + maker.videos().get(location.video()).source().key();
        } catch (RuntimeException e) {
            return "at place " + position + " of epoch " + epoch;
        }
    }

    /** Replaces a worker that may be stuck in native code, up to twice the configured count. */
    private synchronized void addThread() {
        int size = pool.getMaximumPoolSize();
        if (size < maxThreads) {
            pool.setMaximumPoolSize(size + 1);
            pool.setCorePoolSize(size + 1);
        }
    }

    private static long key(int epoch, int position) {
        return ((long) epoch << 32) | (position & 0xFFFFFFFFL);
    }

    @Override
    public synchronized void close() {
        inFlight.values().forEach(TimedTask::cancel);
        inFlight.clear();
        pool.shutdownNow();
    }
}
