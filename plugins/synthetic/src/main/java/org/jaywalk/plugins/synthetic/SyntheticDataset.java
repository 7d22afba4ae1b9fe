package org.jaywalk.plugins.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.image.PatchGrid;
import org.jaywalk.framework.spi.random.Seeds;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.data.Dataset;

/**
 * Clips of procedural videos cut into videowalk-style patch grids, {@code [B, T, N*3, P, P]} normalized.
 *
 * <p>Random access: batch {@code (epoch, index)} holds clips {@code index*B .. index*B + B-1}; clip {@code c}
 * of an epoch draws its video, start frame and patch jitter from a generator seeded by
 * {@code (seed, epoch, c)}, and a video's content depends only on {@code (seed, video id)}. Thread-safe.
 */
public final class SyntheticDataset implements Dataset {

    /** Stream tag for a video's content: {@code (seed, VIDEO, video id)}. */
    private static final long VIDEO = Seeds.tag("VIDO");
    /** Stream tag for a clip's sampling and jitter: {@code (seed, CLIP, epoch, clip index)}. */
    private static final long CLIP = Seeds.tag("CLIP");

    /** Memory for cached video textures. */
    private static final long CACHE_BYTES = 256L << 20;

    private final SyntheticConfig config;
    private final long seed;
    private final PatchGrid grid;
    private final ClipShape shape;
    private final VideoCache videos;

    SyntheticDataset(SyntheticConfig config, long seed) {
        this.config = config;
        this.seed = seed;
        this.grid = config.patchGrid();
        this.shape = new ClipShape(config.batchSize(), config.clipLength(), grid.count(), grid.patchSize(),
                grid.patchSize());
        SceneSpec scene = config.scene();
        this.videos = new VideoCache(cacheCapacity(config), id -> ProceduralVideo.generate(
                Seeds.random(seed, VIDEO, id), scene));
    }

    private static int cacheCapacity(SyntheticConfig config) {
        long perVideo = 12L * config.frameSize() * config.frameSize() * (1 + (long) config.objects().max());
        return (int) Math.max(1, Math.min(config.videos(), CACHE_BYTES / perVideo));
    }

    @Override
    public ClipShape shape() {
        return shape;
    }

    @Override
    public int batchesPerEpoch() {
        return config.epochSize() / config.batchSize();
    }

    @Override
    public Batch batch(int epoch, int index) {
        if (index < 0 || index >= batchesPerEpoch()) {
            throw new IndexOutOfBoundsException("batch " + index + " of an epoch of " + batchesPerEpoch());
        }
        float[] data = new float[shape.batchElements()];
        int clipElements = data.length / shape.batchSize();
        List<Integer> sourceVideos = new ArrayList<>();
        List<Integer> sourceStarts = new ArrayList<>();
        for (int b = 0; b < shape.batchSize(); b++) {
            ClipSource source = renderClip(epoch, clipIndex(index, b), data, b * clipElements);
            sourceVideos.add(source.video());
            sourceStarts.add(source.start());
        }
        Normalization.apply(data, shape.height() * shape.width());
        return new Batch(shape, data, Map.of("epoch", epoch, "index", index, "videos", sourceVideos,
                "starts", sourceStarts));
    }

    /** The epoch-wide index of clip {@code b} of batch {@code index}. */
    long clipIndex(int index, int b) {
        return (long) index * shape.batchSize() + b;
    }

    /** Where clip {@code clip} of {@code epoch} comes from. */
    ClipSource source(int epoch, long clip) {
        return drawSource(clipRandom(epoch, clip));
    }

    /** Video frame {@code frame} of video {@code video}, unnormalized {@code [3, F, F]} in [0, 1]. */
    float[] frame(int video, int frame) {
        return videos.get(video).render(frame);
    }

    /** Video frame of clip frame {@code t} of a clip from {@code source}. */
    int videoFrame(ClipSource source, int t) {
        return source.start() + t * config.frameGap();
    }

    /** Renders the clip's patches, unnormalized {@code [T, N*3, P, P]}, into {@code out} at {@code offset}. */
    private ClipSource renderClip(int epoch, long clip, float[] out, int offset) {
        SplittableRandom rng = clipRandom(epoch, clip);
        ClipSource source = drawSource(rng);
        ProceduralVideo video = videos.get(source.video());
        float[] frame = new float[3 * config.frameSize() * config.frameSize()];
        int frameElements = 3 * grid.count() * grid.patchSize() * grid.patchSize();
        for (int t = 0; t < shape.frames(); t++) {
            video.render(videoFrame(source, t), frame);
            extractPatches(frame, rng, out, offset + t * frameElements);
        }
        return source;
    }

    /** Writes the N jittered patches of {@code frame [3, F, F]} to {@code out [N*3, P, P]} at {@code offset}. */
    private void extractPatches(float[] frame, SplittableRandom rng, float[] out, int offset) {
        int p = grid.patchSize();
        for (int n = 0; n < grid.count(); n++) {
            PillowBilinearResize.resizePlanar(frame, config.frameSize(), config.frameSize(), grid.jitteredWindow(n, rng),
                    p, p, out, offset + n * 3 * p * p);
        }
    }

    private SplittableRandom clipRandom(int epoch, long clip) {
        return Seeds.random(seed, CLIP, epoch, clip);
    }

    private ClipSource drawSource(SplittableRandom rng) {
        return ClipSource.draw(rng, config.videos(), config.framesPerVideo(), config.clipSpan());
    }
}
