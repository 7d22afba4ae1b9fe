package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;

/**
 * videowalk's {@code grid} frame augmentation ({@code patch_grid}): square windows of P pixels on a regular
 * grid with a stride of S pixels, listed row-major over (y, x) as skimage's {@code view_as_windows}
 * does, each jittered by its own {@link RandomResizedCrop} and resized back to P. The whole-frame mode is
 * one window covering the frame, without jitter.
 */
final class PatchGrid {

    private final int frameSize;
    private final int patchSize;
    private final int stride;
    private final int perSide;
    private final RandomResizedCrop jitter;

    /**
     * @param stride S in pixels (videowalk: {@code int(P * 0.5)})
     */
    PatchGrid(int frameSize, int patchSize, int stride, RandomResizedCrop jitter) {
        if (patchSize > frameSize || stride < 1) {
            throw new IllegalArgumentException("patch " + patchSize + " / stride " + stride + " on frame " + frameSize);
        }
        this.frameSize = frameSize;
        this.patchSize = patchSize;
        this.stride = stride;
        this.perSide = (frameSize - patchSize) / stride + 1;
        this.jitter = jitter;
    }

    /** One window, the whole frame, without jitter. */
    static PatchGrid wholeFrame(int frameSize) {
        return new PatchGrid(frameSize, frameSize, 1, RandomResizedCrop.NONE);
    }

    /** N, the windows per frame. */
    int count() {
        return perSide * perSide;
    }

    /** P, the side of a patch. */
    int patchSize() {
        return patchSize;
    }

    /** Left edge of window {@code n}. */
    int originX(int n) {
        return (n % perSide) * stride;
    }

    /** Top edge of window {@code n}. */
    int originY(int n) {
        return (n / perSide) * stride;
    }

    /** Writes the N jittered patches of {@code frame [3, F, F]} to {@code out [N*3, P, P]} at {@code offset}. */
    void extract(float[] frame, SplittableRandom rng, float[] out, int offset) {
        int patchElements = 3 * patchSize * patchSize;
        for (int n = 0; n < count(); n++) {
            RandomResizedCrop.Crop crop = jitter.draw(rng, patchSize);
            RandomResizedCrop.resize(frame, frameSize, originX(n), originY(n), crop, patchSize, out,
                    offset + n * patchElements);
        }
    }
}
