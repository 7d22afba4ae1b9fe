package org.jaywalk.framework.spi.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Geometry and arithmetic of the resize; its match with Pillow is checked on a fixture in the video plugin. */
class BilinearResizeTest {

    @Test
    void sameSizeCropIsAnExactCopy() {
        RgbImage image = random(9, 7, 1);
        RgbImage out = PillowBilinearResize.resize(image, new CropBox(2, 3, 4, 5), 5, 4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(image.get(x + 3, y + 2, c), out.get(x, y, c));
                }
            }
        }
    }

    @Test
    void upsamplingIsBilinearWithHalfPixelCentresClampedToTheCrop() {
        // one row 0, 100 resized to 4 pixels: centres at -0.25, 0.25, 0.75, 1.25 -> 0, 25, 75, 100;
        // the 255 outside the crop is never used
        byte[] pixels = new byte[3 * 3];
        pixels[3] = 100;
        pixels[6] = (byte) 255;
        RgbImage image = new RgbImage(3, 1, pixels);
        RgbImage out = PillowBilinearResize.resize(image, new CropBox(0, 0, 1, 2), 4, 1);
        assertArrayEquals(new int[] {0, 25, 75, 100}, new int[] {out.get(0, 0, 0), out.get(1, 0, 0),
                out.get(2, 0, 0), out.get(3, 0, 0)});
    }

    @Test
    void halvingAveragesPairsOfPixels() {
        // shrinking by 2: the widened triangle gives weights 1/4, 3/4, 3/4, 1/4 over each pair and its neighbours
        RgbImage image = new RgbImage(4, 1, new byte[] {0, 0, 0, 40, 40, 40, 80, 80, 80, 120, 120, 120});
        RgbImage out = PillowBilinearResize.resize(image, image.bounds(), 2, 1);
        // left: (0 * 3/4 + 40 * 3/4 + 80 * 1/4) / (7/4) = 28.57 -> 29; right: (40/4 + 80 * 3/4 + 120 * 3/4) / (7/4)
        assertEquals(29, out.get(0, 0, 0));
        assertEquals(91, out.get(1, 0, 1));
    }

    @Test
    void planarVersionUsesTheSameTaps() {
        RgbImage image = random(13, 11, 2);
        float[] planar = new float[3 * 13 * 11];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 13 * 11; i++) {
                planar[c * 143 + i] = image.pixels()[3 * i + c] & 0xFF;
            }
        }
        CropBox box = new CropBox(1, 2, 9, 10);
        RgbImage bytes = PillowBilinearResize.resize(image, box, 7, 12);
        float[] floats = new float[3 * 7 * 12];
        PillowBilinearResize.resizePlanar(planar, 13, 11, box, 7, 12, floats, 0);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 7 * 12; i++) {
                // the 8-bit path rounds twice (after each pass)
                assertEquals(bytes.pixels()[3 * i + c] & 0xFF, floats[c * 84 + i], 1.0, "pixel " + i);
            }
        }
    }

    @Test
    void planarSameSizeIsExact() {
        float[] frame = new float[3 * 6 * 6];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = i;
        }
        float[] out = new float[3 * 4 * 4];
        PillowBilinearResize.resizePlanar(frame, 6, 6, new CropBox(1, 2, 4, 4), 4, 4, out, 0);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    assertEquals(frame[(c * 6 + 1 + y) * 6 + 2 + x], out[(c * 4 + y) * 4 + x]);
                }
            }
        }
    }

    @Test
    void paddedTapKernelsMatchTheStraightforwardImplementationBitForBit() {
        SplittableRandom rng = new SplittableRandom(17);
        float[][] tables = Normalization.tables();
        for (int trial = 0; trial < 400; trial++) {
            RgbImage image = random(1 + rng.nextInt(40), 1 + rng.nextInt(40), trial);
            int boxWidth = 1 + rng.nextInt(image.width());
            int boxHeight = 1 + rng.nextInt(image.height());
            CropBox box = new CropBox(rng.nextInt(image.height() - boxHeight + 1),
                    rng.nextInt(image.width() - boxWidth + 1), boxHeight, boxWidth);
            // a third of the sizes kept per axis, the rest shrunk or enlarged up to 3x
            int width = rng.nextInt(3) == 0 ? boxWidth : 1 + rng.nextInt(3 * boxWidth);
            int height = rng.nextInt(3) == 0 ? boxHeight : 1 + rng.nextInt(3 * boxHeight);
            String what = "trial " + trial + ": " + box + " of " + image.width() + " x " + image.height() + " to "
                    + width + " x " + height;
            RgbImage expected = ReferenceBilinearResize.resize(image, box, width, height);
            assertArrayEquals(expected.pixels(), PillowBilinearResize.resize(image, box, width, height).pixels(),
                    what);
            float[] mapped = new float[3 * width * height + 2];
            PillowBilinearResize.resize(image, box, width, height, tables, mapped, 2);
            float[] normalized = new float[mapped.length];
            Normalization.write(expected, normalized, 2);
            assertArrayEquals(normalized, mapped, what);
        }
    }

    @Test
    void paddedTapsStayInsideTheInputAndKeepPillowsWeights() {
        for (int[] sizes : new int[][] {{54, 64}, {300, 256}, {3, 1}, {1, 5}, {7, 7}, {256, 64}}) {
            ResampleAxis axis = ResampleAxis.bilinear(sizes[0], sizes[1]);
            FixedPointTaps taps = FixedPointTaps.of(axis, sizes[0]);
            int[] fixed = axis.fixedPointWeights();
            for (int i = 0; i < sizes[1]; i++) {
                assertTrue(taps.start[i] >= 0 && taps.start[i] + taps.taps <= sizes[0], "output " + i);
                int[] dense = new int[sizes[0]];
                for (int t = 0; t < taps.taps; t++) {
                    dense[taps.start[i] + t] += taps.weights[i * taps.taps + t];
                }
                for (int t = 0; t < axis.count()[i]; t++) {
                    assertEquals(fixed[i * axis.taps() + t], dense[axis.first()[i] + t], "output " + i + " tap " + t);
                    dense[axis.first()[i] + t] = 0;
                }
                assertTrue(Arrays.stream(dense).allMatch(w -> w == 0), "padding weights are zero");
            }
        }
    }

    private static RgbImage random(int width, int height, long seed) {
        byte[] pixels = new byte[3 * width * height];
        new SplittableRandom(seed).nextBytes(pixels);
        return new RgbImage(width, height, pixels);
    }
}
