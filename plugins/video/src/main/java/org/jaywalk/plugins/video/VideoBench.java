package org.jaywalk.plugins.video;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * of workers: decoding alone, augmenting alone (on decoded frames), and the whole pipeline as training sees it
 * ({@code Dataset.batch} in order: decode + augment + batch, with read-ahead).
 */
public final class VideoBench {

    /** Decoded clips kept for the augmentation-only measure. */
    private static final int KEPT_CLIPS = 32;
    /** Clips made before measuring, so that natives are loaded and the JIT has compiled the hot loops. */
    private static final int WARM_UP_CLIPS = 24;

    /** One measure: wall-clock rate, and the process's CPU time per clip (which a busy machine does not inflate). */
    public record Rate(double clipsPerSecond, double cpuMillisPerClip) {

        /** Clips per second one fully available core would give. */
        public double perCore() {
            return 1000 / cpuMillisPerClip;
        }
    }

    /**
     * The measures.
     *
     * @param clips clips timed in each measure
     */
    public record Result(int workers, int clips, int clipLength, int nodes, int patchSize, Rate decode, Rate augment,
                         Rate pipeline) {

        /** The report, one measure per line. */
        public String toText() {
            return String.format(Locale.ROOT, """
                    %d workers; clips of %d frames, %d patches of %d px; %d clips per measure
                    decode only:     %7.1f clips/s  %6.1f ms CPU per clip (%5.1f clips/s per core)
                    augment only:    %7.1f clips/s  %6.1f ms CPU per clip (%5.1f clips/s per core)
                    whole pipeline:  %7.1f clips/s  %6.1f ms CPU per clip (%5.1f clips/s per core)""",
                    workers, clipLength, nodes, patchSize, clips,
                    decode.clipsPerSecond(), decode.cpuMillisPerClip(), decode.perCore(),
                    augment.clipsPerSecond(), augment.cpuMillisPerClip(), augment.perCore(),
                    pipeline.clipsPerSecond(), pipeline.cpuMillisPerClip(), pipeline.perCore());
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
            ExecutorService pool = Workers.pool("jaywalk-bench", workers);
            try {
                timed(pool, Math.max(WARM_UP_CLIPS, 2 * workers), i -> maker.make(0, i % epoch, 0));
                List<RgbImage[]> decoded = new ArrayList<>();
                Rate decode = timed(pool, clips, i -> {
                    RgbImage[] frames = maker.decode(maker.clips().locate(maker.clipFor(1, i % epoch, 0)));
                    if (i < KEPT_CLIPS) {
                        synchronized (decoded) {
                            decoded.add(frames);
                        }
                    }
                });
                ClipAugmentation augmentation = maker.augmentation();
                Rate augment = timed(pool, clips, i -> {
                    RgbImage[] frames = decoded.get(i % decoded.size());
                    float[] out = new float[frames.length * augmentation.frameElements()];
                    augmentation.apply(frames, maker.augmentationRandom(1, i, 0), out, 0);
                });
                Rate pipeline = pipeline(dataset, clips);
                return new Result(workers, clips, config.clipLength(), augmentation.nodes(),
                        augmentation.patchSize(), decode, augment, pipeline);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Clips per second of {@code Dataset.batch} over epoch 2, asked for in order as the trainer does. */
    private static Rate pipeline(VideoDataset dataset, int clips) {
        int batchSize = dataset.shape().batchSize();
        int batches = Math.max(1, Math.min(dataset.batchesPerEpoch(), clips / batchSize));
        Stopwatch watch = new Stopwatch();
        for (int i = 0; i < batches; i++) {
            dataset.batch(2, i);
        }
        return watch.rate(batches * batchSize);
    }

    /** Runs tasks 0..count-1 on {@code pool}, keeping none of their results alive; returns their rate. */
    private static Rate timed(ExecutorService pool, int count, Task task) throws IOException {
        Stopwatch watch = new Stopwatch();
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
        return watch.rate(count);
    }

    /** Wall-clock and process CPU time since its creation. */
    private static final class Stopwatch {

        private final long wallStart = System.nanoTime();
        private final long cpuStart = processCpuNanos();

        Rate rate(int clips) {
            double seconds = (System.nanoTime() - wallStart) / 1e9;
            double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
            return new Rate(clips / seconds, cpuMillis / clips);
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    @FunctionalInterface
    private interface Task {
        void run(int index) throws Exception;
    }
}
