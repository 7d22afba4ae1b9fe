package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.RgbImage;

/** {@code flip}: torchvision's {@code RandomHorizontalFlip()}, mirroring with probability 0.5. */
final class HorizontalFlip implements FrameTransform {

    @Override
    public RgbImage apply(RgbImage image, SplittableRandom rng) {
        return rng.nextDouble() < 0.5 ? mirror(image) : image;
    }

    static RgbImage mirror(RgbImage image) {
        int w = image.width();
        byte[] in = image.pixels();
        byte[] out = new byte[in.length];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < w; x++) {
                System.arraycopy(in, 3 * (y * w + x), out, 3 * (y * w + w - 1 - x), 3);
            }
        }
        return new RgbImage(w, image.height(), out);
    }
}
