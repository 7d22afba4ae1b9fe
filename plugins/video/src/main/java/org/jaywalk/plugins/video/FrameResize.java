package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.image.BilinearResize;
import org.jaywalk.framework.image.RgbImage;

/** {@code resize}: torchvision's {@code Resize((size, size))}, bilinear as PIL does it. */
record FrameResize(int size) implements FrameTransform {

    @Override
    public RgbImage apply(RgbImage image, SplittableRandom rng) {
        return BilinearResize.resize(image, image.bounds(), size, size);
    }
}
