package org.jaywalk.plugins.video;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.CropBox;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.image.PatchGrid;
import org.jaywalk.framework.spi.image.RandomResizedCrop;
import org.jaywalk.framework.spi.image.RgbImage;

/**
 * videowalk's training transform of a clip ({@code get_train_transforms}: a {@code MapTransform} over the frames),
 * frame by frame: the frame transforms (the first brings the frame to img-size x img-size), then with {@code grid}
 * the patch windows, each cut by its own random-resized-crop jitter, resized to P x P and put through the patch
 * transforms; without {@code grid}, the patch transforms on the whole frame (N = 1, P = img-size); finally
 * {@code ToTensor} and {@code Normalize}. Stateless: all randomness comes from the caller's generator.
 */
final class ClipAugmentation {

    private final List<FrameTransform> frameTransforms;
    private final List<FrameTransform> patchTransforms;
    private final PatchGrid grid;
    /** {@link Normalization#tables()}, for patches written straight from the resize. */
    private final float[][] normalization = Normalization.tables();

    private ClipAugmentation(List<FrameTransform> frameTransforms, List<FrameTransform> patchTransforms,
                             PatchGrid grid) {
        this.frameTransforms = frameTransforms;
        this.patchTransforms = patchTransforms;
        this.grid = grid;
    }

    /** The pipeline {@code settings} describe (names already validated). */
    static ClipAugmentation of(AugmentationSettings settings) {
        List<FrameTransform> frame = new ArrayList<>();
        if (settings.frameTransforms().stream().noneMatch(FrameTransforms.SIZING::contains)) {
            frame.add(FrameTransforms.create("resize", settings));
        }
        settings.frameTransforms().forEach(name -> frame.add(FrameTransforms.create(name, settings)));
        List<FrameTransform> patch = settings.frameAug().stream().filter(name -> !name.equals(AugmentationSettings.GRID))
                .map(name -> FrameTransforms.create(name, settings)).toList();
        PatchGrid grid = settings.grid()
                ? new PatchGrid(settings.imgSize(), settings.imgSize(), settings.patchSize(),
                        settings.strideInPixels(), new RandomResizedCrop(settings.jitterScale().min(),
                                settings.jitterScale().max(), settings.jitterRatio().min(), settings.jitterRatio().max()))
                : PatchGrid.wholeFrame(settings.imgSize());
        return new ClipAugmentation(List.copyOf(frame), patch, grid);
    }

    /** N, nodes per frame. */
    int nodes() {
        return grid.count();
    }

    /** P, the side of a node's patch. */
    int patchSize() {
        return grid.patchSize();
    }

    /** The grid the patches are cut on. */
    PatchGrid grid() {
        return grid;
    }

    /** Floats of one augmented frame, {@code N*3*P*P}. */
    int frameElements() {
        return 3 * nodes() * patchSize() * patchSize();
    }

    /** Augments {@code frames} into {@code out [T, N*3, P, P]} at {@code offset}. */
    void apply(RgbImage[] frames, SplittableRandom rng, float[] out, int offset) {
        for (int t = 0; t < frames.length; t++) {
            writePatches(transformFrame(frames[t], rng), rng, out, offset + t * frameElements());
        }
    }

    /** The frame transforms: a decoded frame to {@code img-size x img-size}. */
    RgbImage transformFrame(RgbImage frame, SplittableRandom rng) {
        RgbImage image = frame;
        for (FrameTransform transform : frameTransforms) {
            image = transform.apply(image, rng);
        }
        return image;
    }

    /**
     * Cuts a transformed frame into its N patches, normalized, {@code [N*3, P, P]} at {@code offset} of {@code out};
     * returns the jittered box each patch was cut from.
     */
    CropBox[] writePatches(RgbImage frame, SplittableRandom rng, float[] out, int offset) {
        int p = patchSize();
        CropBox[] boxes = new CropBox[nodes()];
        for (int n = 0; n < nodes(); n++) {
            boxes[n] = grid.jitteredWindow(n, rng);
            if (patchTransforms.isEmpty()) { // the same values as below, without the intermediate patch image
                PillowBilinearResize.resize(frame, boxes[n], p, p, normalization, out, offset + n * 3 * p * p);
                continue;
            }
            RgbImage patch = PillowBilinearResize.resize(frame, boxes[n], p, p);
            for (FrameTransform transform : patchTransforms) {
                patch = transform.apply(patch, rng);
            }
            Normalization.write(patch, out, offset + n * 3 * p * p);
        }
        return boxes;
    }
}
