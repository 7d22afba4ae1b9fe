package org.jaywalk.plugins.synthetic;

import org.jaywalk.framework.spi.image.PatchGrid;
import org.jaywalk.framework.spi.image.RandomResizedCrop;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Range;

/**
 * The validated settings of the {@code synthetic} dataset (see {@link SyntheticDatasetFactory#defaults()}
 * for their meaning).
 */
record SyntheticConfig(int batchSize, int clipLength, int frameSize, int patchSize, double patchStride,
                       Range jitterScale, Range jitterRatio, boolean grid, int videos, int framesPerVideo,
                       int frameGap, Range objects, Range speed, int epochSize) {

    /** Reads and checks every key; a bad value is a ConfigError naming its key. */
    static SyntheticConfig from(ComponentConfig c) {
        int batchSize = c.getIntAtLeast("batch-size", 1);
        int clipLength = c.getIntAtLeast("clip-length", 2);
        int frameSize = c.getIntAtLeast("frame-size", 8);
        boolean grid = c.getBoolean("grid");
        int patchSize = c.getIntAtLeast("patch-size", 1);
        if (grid && patchSize > frameSize) {
            throw c.error("patch-size", "must be at most frame-size (" + frameSize + "), got " + patchSize);
        }
        double patchStride = c.getDoubleInRange("patch-stride", 0, 4);
        if (grid && (int) (patchSize * patchStride) < 1) {
            throw c.error("patch-stride", "gives a stride of less than one pixel with patch-size " + patchSize);
        }
        int frameGap = c.getIntAtLeast("frame-gap", 1);
        int framesPerVideo = c.getIntAtLeast("frames-per-video", (clipLength - 1) * frameGap + 1);
        int epochSize = c.getIntAtLeast("epoch-size", batchSize);
        Range objects = c.getRange("objects", 0, 64);
        if (objects.min() != Math.rint(objects.min()) || objects.max() != Math.rint(objects.max())) {
            throw c.error("objects", "must be whole numbers, got " + objects);
        }
        return new SyntheticConfig(batchSize, clipLength, frameSize, patchSize, patchStride,
                c.getRange("patch-jitter-scale", 0.01, 1),
                c.getRange("patch-jitter-ratio", 0.01, 100), grid,
                c.getIntAtLeast("videos", 1), framesPerVideo, frameGap, objects,
                c.getRange("speed", 0, frameSize), epochSize);
    }

    /** The patch geometry: the jittered grid, or whole frames when {@code grid = false}. */
    PatchGrid patchGrid() {
        if (!grid) {
            return PatchGrid.wholeFrame(frameSize);
        }
        RandomResizedCrop jitter = new RandomResizedCrop(jitterScale.min(), jitterScale.max(),
                jitterRatio.min(), jitterRatio.max());
        return new PatchGrid(frameSize, frameSize, patchSize, (int) (patchSize * patchStride), jitter);
    }

    /** What the videos look like. */
    SceneSpec scene() {
        return new SceneSpec(frameSize, (int) objects.min(), (int) objects.max(), speed.min(), speed.max());
    }

    /** Video frames a clip spans, first to last. */
    int clipSpan() {
        return (clipLength - 1) * frameGap + 1;
    }
}
