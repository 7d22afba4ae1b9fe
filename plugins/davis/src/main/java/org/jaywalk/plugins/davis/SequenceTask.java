package org.jaywalk.plugins.davis;

import java.nio.file.Path;

/**
 * What {@link SequencePropagation} propagates through one video and what becomes of the result: frame 0's labels
 * on the feature grid (an object mask made one-hot, joint heat maps, part labels, ...), then every frame's
 * propagated soft labels, in frame order, on one writing thread beside the propagation. Closed after the last
 * frame, also after a failure.
 */
public interface SequenceTask extends AutoCloseable {

    /**
     * Frame 0's labels, {@code [h, w, L]}.
     *
     * @param frame0 frame 0 as read (its own size, before any crop)
     * @param h feature rows
     * @param w feature columns
     */
    SoftLabels firstLabels(RgbFrame frame0, Path file0, int h, int w);

    /**
     * Frame {@code t}'s soft labels (for frame 0 those of {@link #firstLabels}, normalized if the propagation
     * normalizes its outputs).
     *
     * @param frame the frame as read
     */
    void accept(int t, Path file, RgbFrame frame, SoftLabels labels);

    @Override
    void close();
}
