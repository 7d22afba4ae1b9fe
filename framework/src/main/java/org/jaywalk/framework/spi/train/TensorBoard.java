package org.jaywalk.framework.spi.train;

import org.jaywalk.framework.spi.io.HostArray;

/**
 * The run's TensorBoard event file ({@code tensorboard --logdir runs/}), written with TensorFlow's own summary
 * ops. Shared by every listener of the run; safe to call from the training thread only.
 */
public interface TensorBoard {

    /** Writes a scalar summary {@code tag} at {@code step}. */
    void scalar(String tag, double value, long step);

    /**
     * Writes an image summary at {@code step} (TensorBoard's Images tab). TensorFlow's image summary op stores it
     * under {@code <tag>/image}, PNG-encoded.
     *
     * @param rgb {@code [H, W, 3]}: uint8 bytes, or values in [0, 255] of any other type (rounded and clamped)
     */
    void image(String tag, HostArray rgb, long step);

    /** Writes a histogram summary {@code tag} of {@code values} at {@code step} (TensorBoard's Histograms tab). */
    void histogram(String tag, float[] values, long step);

    /** Writes pending summaries to disk. */
    void flush();
}
