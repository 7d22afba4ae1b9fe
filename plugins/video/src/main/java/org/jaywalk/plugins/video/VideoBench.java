package org.jaywalk.plugins.video;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * {@code jaywalk bench data CONFIG}: clips per second of the experiment's video input pipeline with a given number
 * of workers, and the CPU time each clip costs: decoding alone, augmenting alone (on decoded frames), and the whole
 * pipeline as training sees it ({@code Dataset.batch} over consecutive batches in order: decode + augment + batch,
 * with read-ahead). CPU time per clip is the meaningful figure on a busy machine; clips/s is the one on a quiet one.
 */
public final class VideoBench {

    /** Decoded clips kept for the augmentation-only measure. */
    private static final int KEPT_CLIPS = 32;
    /** Clips made before measuring, so that natives are loaded and the JIT has compiled the hot loops. */
    private static final int WARM_UP_CLIPS = 24;
    private static final String BENCH_THREADS = "jaywalk-bench";

    /**
     * The measures.
     *
     * @param clips clips timed in each measure (the whole pipeline times whole batches: at least as many)
     */
    public record Result(int workers, int clips, int clipLength, int nodes, int patchSize, CpuClock.Rate decode,
                         CpuClock.Rate augment, CpuClock.Rate pipeline) {

        /** The report, one measure per line. */
        public String toText() {
            return String.format(Locale.ROOT, """
                    %d workers; clips of %d frames, %d patches of %d px; %d clips per measure
                                         wall clock   CPU per clip: process (workers)   clips/s per core
                    decode only:     %7.1f clips/s  %7.1f ms (%6.1f ms)   %7.1f
                    augment only:    %7.1f clips/s  %7.1f ms (%6.1f ms)   %7.1f
                    whole pipeline:  %7.1f clips/s  %7.1f ms (%6.1f ms)   %7.1f""",
                    workers, clipLength, nodes, patchSize, clips,
                    decode.clipsPerSecond(), decode.cpuMillisPerClip(), decode.workerCpuMillisPerClip(),
                    decode.perCore(),
                    augment.clipsPerSecond(), augment.cpuMillisPerClip(), augment.workerCpuMillisPerClip(),
                    augment.perCore(),
                    pipeline.clipsPerSecond(), pipeline.cpuMillisPerClip(), pipeline.workerCpuMillisPerClip(),
                    pipeline.perCore());
        }

        /** The report as one JSON object. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"workers\": %d, \"clips\": %d, \"clip_length\": %d, \"nodes\": %d, "
                    + "\"patch_size\": %d, \"decode\": %s, \"augment\": %s, \"pipeline\": %s}", workers, clips,
                    clipLength, nodes, patchSize, json(decode), json(augment), json(pipeline));
        }

        private static String json(CpuClock.Rate rate) {
            return "{\"clips_per_s\": " + number(rate.clipsPerSecond()) + ", \"cpu_ms_per_clip\": "
                    + number(rate.cpuMillisPerClip()) + ", \"worker_cpu_ms_per_clip\": "
                    + number(rate.workerCpuMillisPerClip()) + ", \"clips_per_s_per_core\": "
                    + number(rate.perCore()) + "}";
        }

        /** Two decimals, or null when not finite (no CPU time measured on a tiny run). */
        private static String number(double value) {
            return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "null";
        }
    }

    private VideoBench() {
    }

    /**
     * Measures the dataset of {@code block} with {@code workers} threads over {@code clips} clips per measure.
     *
     * @param type the dataset's type ({@code kinetics}, {@code video-list} or {@code frame-folders})
     */
    public static Result run(String type, ComponentConfig block, int workers, int clips) throws IOException {
        ComponentConfig withWorkers = DatasetBlock.with(block, "workers", workers);
        VideoDatasetConfig config = DatasetBlock.settings(type, withWorkers);
        try (VideoDataset dataset = VideoDataset.open(config, block.seed(), IndexProgress.NONE)) {
            ClipMaker maker = dataset.maker();
            int epoch = dataset.batchesPerEpoch() * dataset.shape().batchSize();
            ExecutorService pool = Workers.pool(BENCH_THREADS, workers);
            try {
                int clipElements = dataset.shape().batchElements() / dataset.shape().batchSize();
                ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[clipElements]);
                timed(pool, Math.max(WARM_UP_CLIPS, 2 * workers),
                        i -> maker.make(0, i % epoch, 0, new ClipSlot(scratch.get(), 0)));
                List<RgbImage[]> decoded = new ArrayList<>();
                CpuClock.Rate decode = timed(pool, clips, i -> {
                    RgbImage[] frames = maker.decode(maker.clips().locate(maker.clipFor(1, i % epoch, 0)));
                    if (i < KEPT_CLIPS) {
                        synchronized (decoded) {
                            decoded.add(frames);
                        }
                    }
                });
                ClipAugmentation augmentation = maker.augmentation();
                CpuClock.Rate augment = timed(pool, clips, i -> {
                    RgbImage[] frames = decoded.get(i % decoded.size());
                    augmentation.apply(frames, maker.augmentationRandom(1, i, 0), scratch.get(), 0);
                });
                decoded.clear();
                CpuClock.Rate pipeline = pipeline(dataset, clips);
                return new Result(workers, clips, config.clipLength(), augmentation.nodes(),
                        augmentation.patchSize(), decode, augment, pipeline);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The rate of {@code Dataset.batch} over consecutive batches from epoch 2 on (across epochs when an epoch is
     * short), asked for in order as the trainer does, for at least {@code clips} clips.
     */
    private static CpuClock.Rate pipeline(VideoDataset dataset, int clips) {
        int batchSize = dataset.shape().batchSize();
        int batches = Math.max(1, (clips + batchSize - 1) / batchSize);
        CpuClock clock = new CpuClock(ClipLoader.THREADS);
        for (int i = 0; i < batches; i++) {
            dataset.batch(2 + i / dataset.batchesPerEpoch(), i % dataset.batchesPerEpoch());
        }
        return clock.rate(batches * batchSize);
    }

    /** Runs tasks 0..count-1 on {@code pool}, keeping none of their results alive; returns their rate. */
    private static CpuClock.Rate timed(ExecutorService pool, int count, Task task) throws IOException {
        CpuClock clock = new CpuClock(BENCH_THREADS);
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                task.run(index);
                return null;
            }));
        }
        try {
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("benchmark clip failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return clock.rate(count);
    }

    @FunctionalInterface
    private interface Task {
        void run(int index) throws Exception;
    }
}
