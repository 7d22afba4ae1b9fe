package org.jaywalk.framework.spi.data;

/**
 * Training data, with random access by (epoch, index) so that data order is a pure function of the
 * experiment seed: resuming at step k reproduces exactly the batches an uninterrupted run would see.
 * Implementations must be safe to call from several threads (the trainer prefetches).
 */
public interface Dataset extends AutoCloseable {

    /** The shape of every batch, {@code [B, T, N*3, H, W]}. */
    ClipShape shape();

    /** Batches in one epoch. */
    int batchesPerEpoch();

    /** Batch {@code index} (0-based) of {@code epoch}; deterministic for a given seed. */
    Batch batch(int epoch, int index);

    @Override
    default void close() {
    }
}
