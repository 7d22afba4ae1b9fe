package org.jaywalk.framework.testkit;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.train.TensorBoard;

/**
 * A {@link TensorBoard} that keeps what a listener writes, for its tests: hand it to a {@code TrainingRun}, call
 * the listener's hooks, then read {@link #scalars()}, {@link #images()} and {@link #histograms()}.
 */
public final class RecordingTensorBoard implements TensorBoard {

    /** One written summary: its tag, step and value (a Double, a HostArray image or a float[] histogram). */
    public record Written(String tag, long step, Object value) {
    }

    private final List<Written> scalars = new ArrayList<>();
    private final List<Written> images = new ArrayList<>();
    private final List<Written> histograms = new ArrayList<>();
    private int flushes;

    @Override
    public void scalar(String tag, double value, long step) {
        scalars.add(new Written(tag, step, value));
    }

    @Override
    public void image(String tag, HostArray rgb, long step) {
        images.add(new Written(tag, step, rgb));
    }

    @Override
    public void histogram(String tag, float[] values, long step) {
        histograms.add(new Written(tag, step, values.clone()));
    }

    @Override
    public void flush() {
        flushes++;
    }

    /** The scalars written, in order. */
    public List<Written> scalars() {
        return List.copyOf(scalars);
    }

    /** The images written, in order. */
    public List<Written> images() {
        return List.copyOf(images);
    }

    /** The histograms written, in order. */
    public List<Written> histograms() {
        return List.copyOf(histograms);
    }

    /** How often {@link #flush()} was called. */
    public int flushes() {
        return flushes;
    }
}
