package org.jaywalk.plugins.video;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.data.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clips of real videos as videowalk trains on them, {@code [B, T, N*3, P, P]} normalized: torchvision's
 * {@code VideoClips} over the indexed videos, its {@code RandomClipSampler} for the epoch's order, videowalk's
 * augmentations. Batch {@code (epoch, index)} holds places {@code index*B .. index*B + B-1} of the epoch's order,
 * and is a pure function of {@code (seed, epoch, index)} as long as no clip fails (a failed clip is replaced by a
 * random clip drawn from the same tuple). Thread-safe.
 */
final class VideoDataset implements Dataset {

    private static final Logger LOG = LoggerFactory.getLogger(VideoDataset.class);
    private static final int SKIPPED_SHOWN = 5;

    private final VideoIndex index;
    private final ClipMaker maker;
    private final ClipLoader loader;
    private final ClipShape shape;
    private final int batchesPerEpoch;

    private VideoDataset(VideoIndex index, ClipMaker maker, ClipLoader loader, ClipShape shape, int batchesPerEpoch) {
        this.index = index;
        this.maker = maker;
        this.loader = loader;
        this.shape = shape;
        this.batchesPerEpoch = batchesPerEpoch;
    }

    /** Indexes (or reads the cached index of) the dataset and prepares its clips; reports skipped videos once. */
    static VideoDataset open(VideoDatasetConfig config, long seed, IndexProgress progress) throws IOException {
        return open(config, seed, progress, config.readers());
    }

    /** As {@link #open(VideoDatasetConfig, long, IndexProgress)}, reading videos with {@code readers}. */
    static VideoDataset open(VideoDatasetConfig config, long seed, IndexProgress progress, FrameReaders readers)
            throws IOException {
        VideoIndex index = index(config, readers, progress);
        if (!index.skipped().isEmpty()) {
            LOG.warn(index.skippedSummary(SKIPPED_SHOWN));
        }
        VideoClips clips = clips(index, config);
        RandomClipSampler sampler = new RandomClipSampler(clips, config.clipsPerVideo(), seed);
        int batches = sampler.epochSize() / config.batchSize();
        if (batches == 0) {
            throw new IOException(config.location() + " gives " + sampler.epochSize() + " clips per epoch ("
                    + index.videos().size() + " readable videos, " + clips.totalClips() + " clips of "
                    + config.clipLength() + " frames at " + config.frameRate() + " fps), fewer than batch-size "
                    + config.batchSize());
        }
        ClipAugmentation augmentation = ClipAugmentation.of(config.augmentation());
        ClipMaker maker = new ClipMaker(index.videos(), clips, sampler, readers, augmentation, seed);
        ClipShape shape = new ClipShape(config.batchSize(), config.clipLength(), augmentation.nodes(),
                augmentation.patchSize(), augmentation.patchSize());
        ClipLoader loader = new ClipLoader(maker, config.batchSize(), shape.batchElements() / config.batchSize(),
                batches, config.workers(), config.prefetchBatches(), Math.round(config.clipTimeout() * 1000),
                config.maxRetries());
        return new VideoDataset(index, maker, loader, shape, batches);
    }

    /** Builds or refreshes the index of the dataset {@code config} describes. */
    static VideoIndex index(VideoDatasetConfig config, FrameReaders readers, IndexProgress progress)
            throws IOException {
        return new IndexBuilder(config.catalog(), readers, config.cacheFile(), config.indexWorkers(),
                Math.round(config.indexTimeout() * 1000), progress).build();
    }

    /** The clips of the indexed videos; frame folders play at {@code frame-folder-fps}. */
    static VideoClips clips(VideoIndex index, VideoDatasetConfig config) {
        List<IndexedVideo> videos = index.videos();
        int[] frames = new int[videos.size()];
        double[] fps = new double[videos.size()];
        for (int v = 0; v < frames.length; v++) {
            VideoMetadata metadata = videos.get(v).metadata();
            frames[v] = metadata.frames();
            fps[v] = videos.get(v).source().frameFolder() ? config.frameFolderFps() : metadata.fps();
        }
        return new VideoClips(frames, fps, config.frameRate(), config.clipLength());
    }

    @Override
    public ClipShape shape() {
        return shape;
    }

    @Override
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    @Override
    public Batch batch(int epoch, int index) {
        if (index < 0 || index >= batchesPerEpoch) {
            throw new IndexOutOfBoundsException("batch " + index + " of an epoch of " + batchesPerEpoch);
        }
        ClipLoader.LoadedBatch loaded = loader.batch(epoch, index);
        List<String> videos = new ArrayList<>();
        List<Integer> clipNumbers = new ArrayList<>();
        int replaced = 0;
        for (LoadedClip clip : loaded.clips()) {
            videos.add(clip.video());
            clipNumbers.add(clip.clip());
            replaced += clip.attempt() > 0 ? 1 : 0;
        }
        return new Batch(shape, loaded.data(), Map.of("epoch", epoch, "index", index, "videos", videos, "clips",
                clipNumbers, "replaced", replaced));
    }

    /** The index the dataset was built from. */
    VideoIndex index() {
        return index;
    }

    /** The per-clip pipeline, for previews and benchmarks. */
    ClipMaker maker() {
        return maker;
    }

    /** Clips replaced so far because they failed or timed out. */
    long failedClips() {
        return loader.failures();
    }

    @Override
    public void close() {
        loader.close();
    }
}
