package org.jaywalk.plugins.davis;

import java.util.Objects;

/**
 * One frame's features (L2-normalized over channels unless {@code --no-l2}), position-major: {@code [h, w, C]}, so the feature of
 * cell {@code p = y * w + x} is {@code data[p*C .. p*C + C)}.
 */
public record FeatureMap(int height, int width, int channels, float[] data) {

    public FeatureMap {
        Objects.requireNonNull(data, "data");
        if ((long) height * width * channels != data.length) {
            throw new IllegalArgumentException("a [" + height + ", " + width + ", " + channels + "] feature map needs "
                    + (long) height * width * channels + " values, got " + data.length);
        }
    }

    /** Number of cells, {@code h * w}. */
    public int cells() {
        return height * width;
    }

    /** Whether {@code other} has the same dimensions. */
    public boolean sameShape(FeatureMap other) {
        return height == other.height && width == other.width && channels == other.channels;
    }

    /** {@code [h, w, C]}, for messages. */
    public String shapeText() {
        return "[" + height + ", " + width + ", " + channels + "]";
    }
}
