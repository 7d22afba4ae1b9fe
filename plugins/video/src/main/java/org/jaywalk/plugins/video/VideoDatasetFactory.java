package org.jaywalk.plugins.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.data.DatasetFactory;

/**
 * Builds a {@link VideoDataset} of one layout ({@code kinetics}, {@code video-list} or {@code frame-folders}). The
 * defaults reproduce videowalk's Kinetics training ({@code --clip-len 4 --frame-aug grid}, the rest at its
 * defaults) with torchvision's clip sampling.
 */
final class VideoDatasetFactory implements DatasetFactory {

    private static final String KINETICS = """
            # Folder with one folder per class of video files (a Kinetics copy such as kinetics/train_256). Required.
            root = null
            # Extensions of the video files to use, case-insensitive.
            extensions = [mp4, webm, mkv, avi]
            """;

    private static final String VIDEO_LIST = """
            # Text file with one video file or frame folder per line (relative paths are relative to the file;
            # a trailing frame count, as in videowalk's lists, is ignored). Required.
            list = null
            """;

    private static final String FRAME_FOLDERS = """
            # Folder of frame folders: every folder below it holding frame images is one video. Required.
            root = null
            """;

    private static final String FRAME_FOLDER_SETTINGS = """
            # Extensions of the frame images in frame folders, case-insensitive; frames are ordered by the number
            # their name starts with.
            frame-extensions = [jpg, jpeg]
            # The rate frame folders were extracted at: frame-rate resamples from it (64 with frame-rate 8 takes
            # every 8th frame, like videowalk's VideoList with --frame-skip 8).
            frame-folder-fps = 30
            """;

    private static final String COMMON = """
            # Clips per batch (B).
            batch-size = 8
            # Frames per clip (T; videowalk --clip-len).
            clip-length = 4
            # Frames per second every video is resampled to before it is cut into clips (videowalk --frame-skip
            # for Kinetics, torchvision VideoClips' frame_rate); 0 keeps each video's own rate.
            frame-rate = 8
            # Random clips taken from each video per epoch, at most (videowalk --clips-per-video, torchvision's
            # RandomClipSampler). An epoch has sum(min(clips of the video, clips-per-video)) clips and
            # floor(that / batch-size) batches.
            clips-per-video = 5
            # Side of the square frames after the frame transforms (videowalk --img-size).
            img-size = 256
            # Transforms of every decoded frame, in order (videowalk --frame-transforms): crop =
            # RandomResizedCrop(img-size, crop-scale, crop-ratio) with a new box per frame, resize =
            # Resize(img-size), cj = colour jitter, flip = horizontal flip with probability 1/2. Without crop or
            # resize, resize comes first.
            frame-transforms = [crop]
            # Patch augmentations (videowalk --frame-aug): grid cuts every frame into patch-size windows every
            # patch-stride * patch-size pixels (49 patches of 64 on 256-pixel frames), each jittered by its own
            # random crop; cj and flip listed here apply to every patch. Without grid every frame is one node of
            # img-size pixels.
            frame-aug = [grid]
            # [min, max] area fraction and aspect ratio (w / h) of the per-frame crop.
            crop-scale = [0.8, 0.95]
            crop-ratio = [0.7, 1.3]
            # Strength s of cj: brightness, contrast and saturation factors drawn in [1 - s, 1 + s].
            color-jitter = 0.1
            # Side of the square patches, the graph's nodes (videowalk --patch-size).
            patch-size = 64
            # Grid stride as a fraction of patch-size, rounded down to whole pixels.
            patch-stride = 0.5
            # [min, max] area fraction and aspect ratio of each patch's jitter crop.
            patch-jitter-scale = [0.7, 0.9]
            patch-jitter-ratio = [0.75, 1.3333333333333333]
            # Threads decoding and augmenting clips; 0 = one per core but one.
            workers = 0
            # Batches decoded ahead of the one asked for, so that decoding overlaps training.
            prefetch-batches = 2
            # Seconds one clip may take to decode and augment; a clip that fails or takes longer is replaced by
            # another random clip (as videowalk does) and counted.
            clip-timeout = 30
            # Replacement clips tried for one place of a batch before the batch fails.
            max-retries = 20
            # Folder of the video index cache (per-video frame rate, frame count and timestamps, keyed by file
            # size and modification time); null = $XDG_CACHE_HOME/jaywalk/video-index or ~/.cache/jaywalk/video-index.
            cache-dir = null
            # Threads reading video metadata while indexing; 0 = one per core.
            index-workers = 0
            # Seconds reading one video's metadata may take before the video is skipped.
            index-timeout = 60
            """;

    private final SourceKind kind;

    VideoDatasetFactory(SourceKind kind) {
        this.kind = kind;
    }

    @Override
    public String defaults() {
        return switch (kind) {
            case KINETICS -> KINETICS + COMMON;
            case VIDEO_LIST -> VIDEO_LIST + FRAME_FOLDER_SETTINGS + COMMON;
            case FRAME_FOLDERS -> FRAME_FOLDERS + FRAME_FOLDER_SETTINGS + COMMON;
        };
    }

    /** Checks every key and that the root or list exists, without indexing the videos. */
    @Override
    public void validate(ComponentConfig config) {
        VideoDatasetConfig.from(config, kind);
    }

    @Override
    public Dataset create(ComponentConfig config) {
        try {
            return VideoDataset.open(VideoDatasetConfig.from(config, kind), config.seed(), IndexProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + kind.typeName() + " dataset: " + e.getMessage(), e);
        }
    }
}
