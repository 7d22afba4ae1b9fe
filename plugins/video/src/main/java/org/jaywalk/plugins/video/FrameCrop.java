package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.RandomResizedCrop;
import org.jaywalk.framework.spi.image.RgbImage;

/**
 * {@code crop}: torchvision's {@code RandomResizedCrop(size, scale, ratio, interpolation=BILINEAR)}, a new box
 * for every image it is applied to (videowalk applies it frame by frame).
 */
record FrameCrop(int size, RandomResizedCrop crop) implements FrameTransform {

    @Override
    public RgbImage apply(RgbImage image, SplittableRandom rng) {
        return PillowBilinearResize.resize(image, crop.draw(rng, image.width(), image.height()), size, size);
    }
}
