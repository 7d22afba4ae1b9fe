package org.jaywalk.framework.spi.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static RgbImage random(int width, int height, long seed) {
        byte[] pixels = new byte[3 * width * height];
        new SplittableRandom(seed).nextBytes(pixels);
        return new RgbImage(width, height, pixels);
    }
}
