package org.jaywalk.plugins.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomResizedCropTest {

    @Test
    void cropsCoverTheScaleRangeWithinTheWindow() {
        RandomResizedCrop jitter = new RandomResizedCrop(0.7, 0.9, 0.75, 4.0 / 3);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            RandomResizedCrop.Crop crop = jitter.draw(rng, 64);
            double area = (double) crop.width() * crop.height() / (64 * 64);
            double ratio = (double) crop.width() / crop.height();
            assertTrue(area > 0.66 && area < 0.94, "area " + area);
            assertTrue(ratio > 0.7 && ratio < 1.4, "ratio " + ratio);
            assertTrue(crop.top() >= 0 && crop.top() + crop.height() <= 64);
            assertTrue(crop.left() >= 0 && crop.left() + crop.width() <= 64);
        }
    }

    @Test
    void impossibleRatiosFallBackToTheCentralCrop() {
        RandomResizedCrop jitter = new RandomResizedCrop(0.9, 1, 3, 4); // w / h >= 3 never fits: h = round(32 / 3)
        assertEquals(new RandomResizedCrop.Crop(10, 0, 11, 32), jitter.draw(new SplittableRandom(0), 32));
    }

    @Test
    void fullCropResizesToAnExactCopy() {
        float[] frame = new float[3 * 6 * 6];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = i;
        }
        float[] out = new float[3 * 4 * 4];
        RandomResizedCrop.resize(frame, 6, 2, 1, new RandomResizedCrop.Crop(0, 0, 4, 4), 4, out, 0);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    assertEquals(frame[(c * 6 + 1 + y) * 6 + 2 + x], out[(c * 4 + y) * 4 + x]);
                }
            }
        }
    }

    @Test
    void upsamplingIsBilinearWithHalfPixelCentres() {
        // one row 0, 1 resized to 4 pixels: centres at -0.25, 0.25, 0.75, 1.25 -> clamped 0, 0.25, 0.75, 1
        float[] frame = new float[3 * 2 * 2];
        frame[1] = 1;
        frame[3] = 1;
        float[] out = new float[3 * 4 * 4];
        RandomResizedCrop.resize(frame, 2, 0, 0, new RandomResizedCrop.Crop(0, 0, 2, 2), 4, out, 0);
        assertArrayEquals(new float[] {0, 0.25f, 0.75f, 1}, java.util.Arrays.copyOfRange(out, 0, 4));
    }
}
