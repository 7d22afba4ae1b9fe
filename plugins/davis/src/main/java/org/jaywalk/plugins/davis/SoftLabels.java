package org.jaywalk.plugins.davis;

import java.util.Objects;

/**
 * A label distribution per cell, position-major {@code [h, w, L]}: channel {@code l} is the weight of the
 * {@code l}-th label of a {@link LabelSet}.
 */
public record SoftLabels(int height, int width, int labels, float[] data) {

    public SoftLabels {
        Objects.requireNonNull(data, "data");
        if ((long) height * width * labels != data.length) {
            throw new IllegalArgumentException("[" + height + ", " + width + ", " + labels + "] soft labels need "
                    + (long) height * width * labels + " values, got " + data.length);
        }
    }

    /** Number of cells, {@code h * w}. */
    public int cells() {
        return height * width;
    }
}
