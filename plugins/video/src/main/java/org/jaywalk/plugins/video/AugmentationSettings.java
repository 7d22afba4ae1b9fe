package org.jaywalk.plugins.video;

import java.util.List;
import org.jaywalk.framework.spi.Range;

/**
 * The settings of videowalk's {@code utils/augs.py} pipeline (see {@link VideoDatasetFactory#defaults} for their
 * meaning).
 *
 * @param frameTransforms names of the per-frame transforms, in order ({@code --frame-transforms})
 * @param frameAug names of the patch augmentations ({@code --frame-aug}): {@code grid}, {@code cj}, {@code flip}
 */
record AugmentationSettings(int imgSize, List<String> frameTransforms, List<String> frameAug, Range cropScale,
                            Range cropRatio, double colorJitter, int patchSize, double patchStride,
                            Range jitterScale, Range jitterRatio) {

    /** The grid augmentation's name. */
    static final String GRID = "grid";

    AugmentationSettings {
        frameTransforms = List.copyOf(frameTransforms);
        frameAug = List.copyOf(frameAug);
    }

    /** Whether frames are cut into a patch grid. */
    boolean grid() {
        return frameAug.contains(GRID);
    }

    /** The grid's stride in pixels (videowalk: {@code int(P * stride)}). */
    int strideInPixels() {
        return (int) (patchSize * patchStride);
    }
}
