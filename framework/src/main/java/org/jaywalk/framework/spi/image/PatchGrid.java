package org.jaywalk.framework.spi.image;

import java.util.SplittableRandom;

/**
 * videowalk's {@code grid} frame augmentation ({@code patch_grid}): square windows of P pixels every S pixels,
 * listed row-major over (y, x) as skimage's {@code view_as_windows} does (windows that do not fit are dropped),
 * each jittered by its own {@link RandomResizedCrop} that is then resized back to P x P.
 */
public final class PatchGrid {

    private final int patchSize;
    private final int stride;
    private final int columns;
    private final int rows;
    private final RandomResizedCrop jitter;

    /**
     * @param stride S in pixels (videowalk: {@code int(P * 0.5)})
     */
    public PatchGrid(int frameWidth, int frameHeight, int patchSize, int stride, RandomResizedCrop jitter) {
        if (patchSize < 1 || patchSize > Math.min(frameWidth, frameHeight) || stride < 1) {
            throw new IllegalArgumentException("patch " + patchSize + " / stride " + stride + " on a frame of "
                    + frameWidth + " x " + frameHeight);
        }
        this.patchSize = patchSize;
        this.stride = stride;
        this.columns = (frameWidth - patchSize) / stride + 1;
        this.rows = (frameHeight - patchSize) / stride + 1;
        this.jitter = jitter;
    }

    /** One window covering a square frame, without jitter (videowalk without {@code grid}: N = 1). */
    public static PatchGrid wholeFrame(int size) {
        return new PatchGrid(size, size, size, 1, RandomResizedCrop.NONE);
    }

    /** N, the windows per frame. */
    public int count() {
        return columns * rows;
    }

    /** P, the side of a window and of a patch. */
    public int patchSize() {
        return patchSize;
    }

    /** Windows per row. */
    public int columns() {
        return columns;
    }

    /** Window {@code n} in frame coordinates. */
    public CropBox window(int n) {
        return new CropBox((n / columns) * stride, (n % columns) * stride, patchSize, patchSize);
    }

    /** Draws the jitter crop of window {@code n}, in frame coordinates; resize it to P x P. */
    public CropBox jitteredWindow(int n, SplittableRandom rng) {
        CropBox window = window(n);
        return jitter.draw(rng, patchSize, patchSize).offset(window.left(), window.top());
    }
}
