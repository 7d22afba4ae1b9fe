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
 * batches are asked for in order), each batch with its array allocated at submission, into which the workers
 * augment their clips directly (see {@link ClipSlot}); a clip that fails or runs longer than the timeout is replaced
 * by the next attempt at its position (see {@link ClipMaker}) and counted. A worker stuck in native code is
 * replaced by a new thread. Thread-safe.
 */
final class ClipLoader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClipLoader.class);
    /** The name prefix of the worker threads. */
    static final String THREADS = "jaywalk-decode";
    /** Failures logged one by one; later ones are only counted. */
    private static final int LOGGED_FAILURES = 5;

    /**
     * One batch's clips in its array.
     *
     * @param data {@code [B, T, N*3, P, P]}
     * @param clips {@code [B]}, in order
     */
    record LoadedBatch(float[] data, List<LoadedClip> clips) {
    }

    /** A submitted batch: its array, the places of its clips in it and their first attempts, {@code [B]}. */
    private record PendingBatch(float[] data, ClipSlot[] slots, List<TimedTask<LoadedClip>> tasks) {

        void cancel() {
            tasks.forEach(TimedTask::cancel);
        }
    }

    private final ClipMaker maker;
    private final int batchSize;
    private final int clipElements;
    private final int batchesPerEpoch;
    private final int readAhead;
    private final long timeoutMillis;
    private final int maxRetries;
    private final int maxThreads;
    private final ThreadPoolExecutor pool;
    /** Batches submitted ahead, by {@link #key}; holds at most the read-ahead window. */
    private final Map<Long, PendingBatch> inFlight = new LinkedHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param clipElements floats of one clip, {@code T*N*3*P*P}
     * @param readAhead batches submitted after the one asked for
     * @param timeoutMillis longest time one clip may take once a worker started it
     * @param maxRetries replacement attempts per position before the batch fails
     */
    ClipLoader(ClipMaker maker, int batchSize, int clipElements, int batchesPerEpoch, int workers, int readAhead,
               long timeoutMillis, int maxRetries) {
        this.maker = maker;
        this.batchSize = batchSize;
        this.clipElements = clipElements;
        this.batchesPerEpoch = batchesPerEpoch;
        this.readAhead = readAhead;
        this.timeoutMillis = timeoutMillis;
        this.maxRetries = maxRetries;
        this.maxThreads = 2 * workers;
        this.pool = Workers.pool(THREADS, workers);
    }

    /** Batch {@code index} of {@code epoch}. */
    LoadedBatch batch(int epoch, int index) {
        PendingBatch pending = submit(epoch, index);
        List<LoadedClip> clips = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            clips.add(await(pending.tasks().get(b), pending.slots()[b], epoch, index * batchSize + b));
        }
        return new LoadedBatch(pending.data(), clips);
    }

    /** Clips replaced so far because they failed or timed out. */
    long failures() {
        return failures.get();
    }

    /** Takes this batch from the read-ahead (or submits it), submits the window after it, drops the rest. */
    private synchronized PendingBatch submit(int epoch, int index) {
        PendingBatch pending = inFlight.remove(key(epoch, index));
        if (pending == null) {
            pending = start(epoch, index);
        }
        Map<Long, int[]> window = new LinkedHashMap<>();
        int e = epoch;
        int i = index;
        for (int ahead = 0; ahead < readAhead; ahead++) {
            if (++i == batchesPerEpoch) {
                e++;
                i = 0;
            }
            window.put(key(e, i), new int[] {e, i});
        }
        for (Iterator<Map.Entry<Long, PendingBatch>> it = inFlight.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, PendingBatch> entry = it.next();
            if (!window.containsKey(entry.getKey())) {
                entry.getValue().cancel();
                it.remove();
            }
        }
        window.forEach((key, at) -> inFlight.computeIfAbsent(key, k -> start(at[0], at[1])));
        return pending;
    }

    /** Allocates batch {@code index} of {@code epoch} and submits the first attempts at its clips. */
    private PendingBatch start(int epoch, int index) {
        float[] data = new float[batchSize * clipElements];
        ClipSlot[] slots = new ClipSlot[batchSize];
        List<TimedTask<LoadedClip>> tasks = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            ClipSlot slot = new ClipSlot(data, b * clipElements);
            int position = index * batchSize + b;
            slots[b] = slot;
            tasks.add(TimedTask.submit(pool, () -> maker.make(epoch, position, 0, slot)));
        }
        return new PendingBatch(data, slots, tasks);
    }

    /** The task's clip, or the first replacement that succeeds (each written into {@code slot}). */
    private LoadedClip await(TimedTask<LoadedClip> first, ClipSlot slot, int epoch, int position) {
        TimedTask<LoadedClip> task = first;
        try {
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
                        throw new IllegalStateException("no clip could be loaded for place " + position
                                + " of epoch " + epoch + " in " + (maxRetries + 1) + " attempts; the last failed: "
                                + reason);
                    }
                }
                int next = attempt + 1;
                slot.handOver(next); // the abandoned attempt can no longer write into the batch
                task = TimedTask.submit(pool, () -> maker.make(epoch, position, next, slot));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading clips", e);
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
        inFlight.values().forEach(PendingBatch::cancel);
        inFlight.clear();
        pool.shutdownNow();
    }
}
