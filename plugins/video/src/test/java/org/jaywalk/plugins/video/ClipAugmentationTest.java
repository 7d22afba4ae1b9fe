package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.CropBox;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.image.RandomResizedCrop;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.Range;
import org.junit.jupiter.api.Test;

class ClipAugmentationTest {

    private static final Range NO_JITTER = new Range(1, 1);

    @Test
    void referenceSettingsGive49PatchesOf64() {
        ClipAugmentation augmentation = ClipAugmentation.of(settings(List.of("crop"), List.of("grid"), jitter()));
        assertEquals(49, augmentation.nodes());
        assertEquals(64, augmentation.patchSize());
        assertEquals(49 * 3 * 64 * 64, augmentation.frameElements());
    }

    @Test
    void withoutGridAFrameIsOneNode() {
        ClipAugmentation augmentation = ClipAugmentation.of(settings(List.of("crop"), List.of(), jitter()));
        assertEquals(1, augmentation.nodes());
        assertEquals(256, augmentation.patchSize());
    }

    @Test
    void cropDrawsTorchvisionsBoxFromTheClipGenerator() {
        RgbImage frame = frame(340, 256, 1);
        RgbImage cropped = ClipAugmentation.of(settings(List.of("crop"), List.of("grid"), jitter()))
                .transformFrame(frame, new SplittableRandom(5));
        CropBox box = new RandomResizedCrop(0.8, 0.95, 0.7, 1.3).draw(new SplittableRandom(5), 340, 256);
        assertArrayEquals(PillowBilinearResize.resize(frame, box, 256, 256).pixels(), cropped.pixels());
    }

    @Test
    void everyFrameOfAClipGetsItsOwnCrop() {
        RgbImage frame = frame(340, 256, 2);
        RgbImage[] clip = {frame, frame, frame};
        ClipAugmentation crop = ClipAugmentation.of(settings(List.of("crop"), List.of(), jitter()));
        float[] out = new float[3 * crop.frameElements()];
        crop.apply(clip, new SplittableRandom(9), out, 0);
        int n = crop.frameElements();
        assertFalse(Arrays.equals(Arrays.copyOfRange(out, 0, n), Arrays.copyOfRange(out, n, 2 * n)));
        ClipAugmentation resize = ClipAugmentation.of(settings(List.of("resize"), List.of(), jitter()));
        resize.apply(clip, new SplittableRandom(9), out, 0);
        assertArrayEquals(Arrays.copyOfRange(out, 0, n), Arrays.copyOfRange(out, n, 2 * n));
    }

    @Test
    void withoutASizingTransformFramesAreResizedFirst() {
        RgbImage sized = ClipAugmentation.of(settings(List.of("flip"), List.of("grid"), jitter()))
                .transformFrame(frame(340, 256, 3), new SplittableRandom(0));
        assertEquals(256, sized.width());
        assertEquals(256, sized.height());
    }

    @Test
    void unjitteredPatchesAreTheGridWindowsRowMajorNormalized() {
        ClipAugmentation augmentation = ClipAugmentation.of(settings(List.of("resize"), List.of("grid"),
                new Range[] {NO_JITTER, NO_JITTER}));
        RgbImage frame = frame(256, 256, 4);
        float[] out = new float[augmentation.frameElements()];
        CropBox[] boxes = augmentation.writePatches(frame, new SplittableRandom(0), out, 0);
        assertEquals(new CropBox(0, 32, 64, 64), boxes[1]);
        assertEquals(new CropBox(32, 0, 64, 64), boxes[7]);
        assertEquals(new CropBox(192, 192, 64, 64), boxes[48]);
        for (int n : new int[] {0, 1, 7, 30, 48}) {
            float[] expected = new float[3 * 64 * 64];
            Normalization.write(PillowBilinearResize.copy(frame, boxes[n]), expected, 0);
            assertArrayEquals(expected, Arrays.copyOfRange(out, n * expected.length, (n + 1) * expected.length));
        }
    }

    @Test
    void jitteredPatchesComeFromInsideTheirWindow() {
        ClipAugmentation augmentation = ClipAugmentation.of(settings(List.of("resize"), List.of("grid"), jitter()));
        CropBox[] boxes = augmentation.writePatches(frame(256, 256, 5), new SplittableRandom(3),
                new float[augmentation.frameElements()], 0);
        for (int n = 0; n < boxes.length; n++) {
            CropBox window = augmentation.grid().window(n);
            CropBox box = boxes[n];
            assertTrue(box.left() >= window.left() && box.top() >= window.top()
                    && box.left() + box.width() <= window.left() + 64 && box.top() + box.height() <= window.top() + 64,
                    n + ": " + box);
            assertTrue(box.width() < 64 || box.height() < 64, "scale 0.7-0.9 never keeps the whole window");
        }
    }

    @Test
    void greyFramesNormalizeToTheReferenceConstants() {
        RgbImage grey = new RgbImage(64, 64, filled(3 * 64 * 64, (byte) 128));
        ClipAugmentation augmentation = ClipAugmentation.of(new AugmentationSettings(64, List.of("resize"),
                List.of(), new Range(0.8, 0.95), new Range(0.7, 1.3), 0.1, 64, 0.5, NO_JITTER, NO_JITTER));
        float[] out = new float[augmentation.frameElements()];
        augmentation.apply(new RgbImage[] {grey}, new SplittableRandom(0), out, 0);
        assertEquals((128 / 255f - 0.4914f) / 0.2023f, out[0]);
        assertEquals((128 / 255f - 0.4465f) / 0.2010f, out[out.length - 1]);
    }

    @Test
    void outputsAreBitwiseThoseOfTheFirstImplementation() {
        // hashes of the float bits written by the straightforward implementation (resize to bytes, then
        // Normalization.write per patch) before the fused and padded-tap kernels: they must never change
        long grid = hash(List.of("crop"), List.of("grid"), 11);
        long jittered = hash(List.of("crop", "flip"), List.of("grid", "cj", "flip"), 12);
        long whole = hash(List.of("resize"), List.of(), 13);
        assertEquals(GOLDEN_GRID, grid);
        assertEquals(GOLDEN_GRID_CJ_FLIP, jittered);
        assertEquals(GOLDEN_RESIZE, whole);
    }

    private static final long GOLDEN_GRID = -6671211918107356465L;
    private static final long GOLDEN_GRID_CJ_FLIP = -444141553769031870L;
    private static final long GOLDEN_RESIZE = -8627584122883331013L;

    /** A hash of the output of two 340 x 256 random frames through the pipeline, seed {@code seed}. */
    private static long hash(List<String> frameTransforms, List<String> frameAug, long seed) {
        ClipAugmentation augmentation = ClipAugmentation.of(settings(frameTransforms, frameAug, jitter()));
        RgbImage[] clip = {frame(340, 256, seed), frame(340, 256, seed + 100)};
        float[] out = new float[clip.length * augmentation.frameElements() + 5];
        augmentation.apply(clip, new SplittableRandom(seed), out, 5);
        long h = 1125899906842597L;
        for (float v : out) {
            h = 31 * h + Float.floatToRawIntBits(v);
        }
        return h;
    }

    @Test
    void flipMirrorsRows() {
        RgbImage image = new RgbImage(3, 1, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertArrayEquals(new byte[] {7, 8, 9, 4, 5, 6, 1, 2, 3}, HorizontalFlip.mirror(image).pixels());
    }

    private static Range[] jitter() {
        return new Range[] {new Range(0.7, 0.9), new Range(0.75, 4.0 / 3)};
    }

    private static AugmentationSettings settings(List<String> frameTransforms, List<String> frameAug,
                                                 Range[] patchJitter) {
        return new AugmentationSettings(256, frameTransforms, frameAug, new Range(0.8, 0.95), new Range(0.7, 1.3),
                0.1, 64, 0.5, patchJitter[0], patchJitter[1]);
    }

    private static RgbImage frame(int width, int height, long seed) {
        byte[] pixels = new byte[3 * width * height];
        new SplittableRandom(seed).nextBytes(pixels);
        return new RgbImage(width, height, pixels);
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
