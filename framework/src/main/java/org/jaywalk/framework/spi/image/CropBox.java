package org.jaywalk.framework.spi.image;

/**
 * A rectangle of whole pixels, as torchvision's {@code RandomResizedCrop.get_params} returns it
 * ({@code i, j, h, w}).
 */
public record CropBox(int top, int left, int height, int width) {

    public CropBox {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("empty crop " + width + " x " + height);
        }
    }

    /** This box moved by {@code (dx, dy)}, e.g. from window coordinates to frame coordinates. */
    public CropBox offset(int dx, int dy) {
        return new CropBox(top + dy, left + dx, height, width);
    }

    /** Whether the box lies inside an image of {@code width x height}. */
    public boolean fitsIn(int imageWidth, int imageHeight) {
        return top >= 0 && left >= 0 && top + height <= imageHeight && left + width <= imageWidth;
    }
}
