package org.jaywalk.framework.spi.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomResizedCropTest {

    @Test
    void cropsCoverTheScaleRangeWithinTheImage() {
        // videowalk's frame crop: scale 0.8-0.95, ratio 0.7-1.3, on a 340 x 256 frame
        RandomResizedCrop crop = new RandomResizedCrop(0.8, 0.95, 0.7, 1.3);
        SplittableRandom rng = new SplittableRandom(3);
        // after ten misses: the whole frame clamped to ratio 1.3, 333 x 256, centred. On 340 x 256 frames an attempt
        // fits only if w / h >= scale * 340 / 256, about 18% of draws, so torchvision falls back 0.82^10 = 14% of the time

        CropBox fallback = new CropBox(0, 3, 256, 333);
        int fallbacks = 0;
        for (int i = 0; i < 1000; i++) {
            CropBox box = crop.draw(rng, 340, 256);
            assertTrue(box.fitsIn(340, 256), box.toString());
            if (box.equals(fallback)) {
                fallbacks++;
                continue;
            }
            double area = (double) box.width() * box.height() / (340 * 256);
            double ratio = (double) box.width() / box.height();
            assertTrue(area > 0.79 && area < 0.96, "area " + area);
            assertTrue(ratio > 0.69 && ratio < 1.31, "ratio " + ratio);
        }
        assertTrue(fallbacks > 90 && fallbacks < 190, fallbacks + " fallbacks");
    }

    @Test
    void sameGeneratorStateGivesTheSameBox() {
        RandomResizedCrop crop = new RandomResizedCrop(0.7, 0.9, 0.75, 4.0 / 3);
        assertEquals(crop.draw(new SplittableRandom(11), 64, 64), crop.draw(new SplittableRandom(11), 64, 64));
    }

    @Test
    void impossibleRatiosFallBackToTheCentralCrop() {
        RandomResizedCrop wide = new RandomResizedCrop(0.9, 1, 3, 4); // w / h >= 3 never fits: h = round(32 / 3)
        assertEquals(new CropBox(10, 0, 11, 32), wide.draw(new SplittableRandom(0), 32, 32));
        RandomResizedCrop tall = new RandomResizedCrop(0.9, 1, 0.25, 0.5); // w = round(20 * 0.5)
        assertEquals(new CropBox(0, 15, 20, 10), tall.draw(new SplittableRandom(0), 40, 20));
    }

    @Test
    void noneKeepsTheWholeImage() {
        assertEquals(new CropBox(0, 0, 20, 30), RandomResizedCrop.NONE.draw(new SplittableRandom(0), 30, 20));
    }
}
