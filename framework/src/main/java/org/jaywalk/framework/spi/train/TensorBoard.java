package org.jaywalk.framework.spi.train;

/**
 * The run's TensorBoard event file ({@code tensorboard --logdir runs/}), written with TensorFlow's own summary
 * ops. Shared by every listener of the run; safe to call from the training thread only.
 */
public interface TensorBoard {

    /** Writes a scalar summary {@code tag} at {@code step}. */
    void scalar(String tag, double value, long step);

    /** Writes pending summaries to disk. */
    void flush();
}
