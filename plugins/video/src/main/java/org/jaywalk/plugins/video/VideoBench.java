package org.jaywalk.plugins.video;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jaywalk.framework.image.RgbImage;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * {@code jaywalk bench data CONFIG}: clips per second of the experiment's video input pipeline with a given number
 * of workers: decoding alone, augmenting alone (on decoded frames), and the whole pipeline as training sees it
 * ({@code Dataset.batch} in order: decode + augment + batch, with read-ahead).
 */
public final class VideoBench {

    /** Decoded clips kept for the augmentation-only measure. */
    private static final int KEPT_CLIPS = 32;

    /**
     * The measures.
     *
     * @param clips clips timed in each measure
     */
    public record Result(int workers, int clips, int clipLength, int nodes, int patchSize, double decodePerSecond,
                         double augmentPerSecond, double pipelinePerSecond) {

        /** The report, one measure per line. */
        public String toText() {
            return String.format(Locale.ROOT, """
                    %d workers; clips of %d frames, %d patches of %d px; %d clips per measure
                    decode only:     %8.1f clips/s
                    augment only:    %8.1f clips/s
                    whole pipeline:  %8.1f clips/s (decode + augment + batch, as training reads it)""",
                    workers, clipLength, nodes, patchSize, clips, decodePerSecond, augmentPerSecond,
                    pipelinePerSecond);
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
                timed(pool, 2 * workers, i -> maker.make(0, i % epoch, 0)); // warm-up: natives, JIT
                List<RgbImage[]> decoded = new ArrayList<>();
                double decode = timed(pool, clips, i -> {
                    RgbImage[] frames = maker.decode(maker.clips().locate(maker.clipFor(1, i % epoch, 0)));
                    if (i < KEPT_CLIPS) {
                        synchronized (decoded) {
                            decoded.add(frames);
                        }
                    }
                    return frames;
                });
                ClipAugmentation augmentation = maker.augmentation();
                double augment = timed(pool, clips, i -> {
                    RgbImage[] frames = decoded.get(i % decoded.size());
                    float[] out = new float[frames.length * augmentation.frameElements()];
                    augmentation.apply(frames, maker.augmentationRandom(1, i, 0), out, 0);
                    return out;
                });
                double pipeline = pipeline(dataset, clips);
                return new Result(workers, clips, config.clipLength(), augmentation.nodes(),
                        augmentation.patchSize(), decode, augment, pipeline);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Clips per second of {@code Dataset.batch} over epoch 2, asked for in order as the trainer does. */
    private static double pipeline(VideoDataset dataset, int clips) {
        int batchSize = dataset.shape().batchSize();
        int batches = Math.max(1, Math.min(dataset.batchesPerEpoch(), clips / batchSize));
        long start = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            dataset.batch(2, i);
        }
        return batches * batchSize / seconds(start);
    }

    /** Runs task 0..count-1 on {@code pool}; returns tasks per second. */
    private static double timed(ExecutorService pool, int count, Task task) throws IOException {
        long start = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit((Callable<Object>) () -> task.run(index)));
        }
        try {
            for (Future<Object> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("benchmark clip failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return count / seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @FunctionalInterface
    private interface Task {
        Object run(int index) throws Exception;
    }
}
