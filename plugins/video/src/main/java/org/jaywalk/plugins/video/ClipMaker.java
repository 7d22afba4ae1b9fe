package org.jaywalk.plugins.video;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * Makes the clip at a position of an epoch, as a pure function of {@code (seed, epoch, position, attempt)}:
 * attempt 0 is the sampler's clip, a later attempt a uniformly random clip of the whole dataset (videowalk's
 * {@code Kinetics400.__getitem__} retries {@code np.random.randint(len(self))} after a failure); its frames are
 * decoded and augmented with a generator seeded by the same tuple. Thread-safe.
 */
final class ClipMaker {

    private static final long RETRY = Seeds.tag("RETRY");
    private static final long AUGMENT = Seeds.tag("AUGMENT");

    private final List<IndexedVideo> videos;
    private final VideoClips clips;
    private final RandomClipSampler sampler;
    private final FrameReaders readers;
    private final ClipAugmentation augmentation;
    private final long seed;

    ClipMaker(List<IndexedVideo> videos, VideoClips clips, RandomClipSampler sampler, FrameReaders readers,
              ClipAugmentation augmentation, long seed) {
        this.videos = videos;
        this.clips = clips;
        this.sampler = sampler;
        this.readers = readers;
        this.augmentation = augmentation;
        this.seed = seed;
    }

    /** The global clip index made at {@code position} of {@code epoch} by attempt {@code attempt}. */
    int clipFor(int epoch, int position, int attempt) {
        if (attempt == 0) {
            return sampler.clipAt(epoch, position);
        }
        return Seeds.random(seed, RETRY, epoch, position, attempt).nextInt(clips.totalClips());
    }

    /**
     * Decodes that clip and augments it into {@code slot} ({@code [T, N*3, P, P]}), unless the slot was handed
     * over to a later attempt in the meantime.
     */
    LoadedClip make(int epoch, int position, int attempt, ClipSlot slot) throws IOException {
        int clip = clipFor(epoch, position, attempt);
        VideoClips.ClipLocation location = clips.locate(clip);
        RgbImage[] frames = decode(location);
        SplittableRandom rng = Seeds.random(seed, AUGMENT, epoch, position, attempt);
        slot.write(attempt, (out, offset) -> augmentation.apply(frames, rng, out, offset));
        return new LoadedClip(videos.get(location.video()).source().key(), location.clip(), attempt);
    }

    /** The decoded frames of a clip, {@code [T]}, before augmentation. */
    RgbImage[] decode(VideoClips.ClipLocation location) throws IOException {
        IndexedVideo video = videos.get(location.video());
        int[] frames = clips.frames(location.video(), location.clip());
        return readers.of(video.source()).read(video.source().path(), video.metadata(), frames);
    }

    /** The generator the augmentation of that clip draws from (for previews). */
    SplittableRandom augmentationRandom(int epoch, int position, int attempt) {
        return Seeds.random(seed, AUGMENT, epoch, position, attempt);
    }

    VideoClips clips() {
        return clips;
    }

    ClipAugmentation augmentation() {
        return augmentation;
    }

    List<IndexedVideo> videos() {
        return videos;
    }
}
