package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.RgbImage;

/** {@code resize}: torchvision's {@code Resize((size, size))}, bilinear as PIL does it. */
record FrameResize(int size) implements FrameTransform {

    @Override
    public RgbImage apply(RgbImage image, SplittableRandom rng) {
        return PillowBilinearResize.resize(image, image.bounds(), size, size);
    }
}
