package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.image.RgbImage;

/**
 * One of videowalk's per-image transforms (torchvision transforms on PIL images), applied to a frame or a patch.
 * Draws its randomness from {@code rng}; returns a new image (or the same one if it does not change it).
 */
interface FrameTransform {

    RgbImage apply(RgbImage image, SplittableRandom rng);
}
