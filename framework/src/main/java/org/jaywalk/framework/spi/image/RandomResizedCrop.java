package org.jaywalk.framework.spi.image;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * The crop of torchvision's {@code RandomResizedCrop.get_params}: a random box covering a fraction in
 * {@code scale} of the image's area with aspect ratio (w/h) drawn log-uniformly in {@code ratio}, ten attempts,
 * then a central fallback. Sizes round half to even as Python's {@code round} does. Resizing the box is
 * {@link PillowBilinearResize}'s job.
 */
public final class RandomResizedCrop {

    /** Keeps the whole image and draws nothing. */
    public static final RandomResizedCrop NONE = new RandomResizedCrop(1, 1, 1, 1);

    private static final int ATTEMPTS = 10;

    private final double minScale;
    private final double maxScale;
    private final double minRatio;
    private final double maxRatio;

    public RandomResizedCrop(double minScale, double maxScale, double minRatio, double maxRatio) {
        if (!(0 < minScale && minScale <= maxScale && 0 < minRatio && minRatio <= maxRatio)) {
            throw new IllegalArgumentException("scale [" + minScale + ", " + maxScale + "], ratio [" + minRatio
                    + ", " + maxRatio + "]");
        }
        this.minScale = minScale;
        this.maxScale = maxScale;
        this.minRatio = minRatio;
        this.maxRatio = maxRatio;
    }

    /** Draws a box inside a {@code width x height} image. */
    public CropBox draw(SplittableRandom rng, int width, int height) {
        if (this == NONE) {
            return new CropBox(0, 0, height, width);
        }
        double area = (double) width * height;
        double minLog = Math.log(minRatio);
        double maxLog = Math.log(maxRatio);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double target = area * Seeds.uniform(rng, minScale, maxScale);
            double aspect = Math.exp(Seeds.uniform(rng, minLog, maxLog));
            int w = (int) Math.rint(Math.sqrt(target * aspect));
            int h = (int) Math.rint(Math.sqrt(target / aspect));
            if (0 < w && w <= width && 0 < h && h <= height) {
                int top = rng.nextInt(height - h + 1);
                int left = rng.nextInt(width - w + 1);
                return new CropBox(top, left, h, w);
            }
        }
        return centralFallback(width, height);
    }

    /** torchvision's fallback: the whole image, clamped to the allowed aspect ratios, centred. */
    private CropBox centralFallback(int width, int height) {
        double inRatio = (double) width / height;
        int w = width;
        int h = height;
        if (inRatio < minRatio) {
            h = (int) Math.rint(w / minRatio);
        } else if (inRatio > maxRatio) {
            w = (int) Math.rint(h * maxRatio);
        }
        return new CropBox((height - h) / 2, (width - w) / 2, h, w);
    }
}
