package org.jaywalk.plugins.video;

/**
 * The place of one clip in its batch's array, {@code [T, N*3, P, P]} at {@code offset}, and which attempt at the
 * clip may write it. Workers augment straight into the batch (no per-clip array, no copy); an attempt that failed or
 * timed out is handed over to the next one, which rewrites the whole place, and a timed-out attempt that wakes up
 * later finds the place no longer its own and writes nothing. Thread-safe.
 */
final class ClipSlot {

    /** Writes a clip into {@code out} at {@code offset}. */
    @FunctionalInterface
    interface Writer {
        void write(float[] out, int offset);
    }

    private final float[] batch;
    private final int offset;
    private int owner;
    private boolean writing;

    /** The place at {@code offset} of {@code batch}, owned by attempt 0. */
    ClipSlot(float[] batch, int offset) {
        this.batch = batch;
        this.offset = offset;
    }

    /** Runs {@code writer} on the place if {@code attempt} owns it; returns whether it did. */
    boolean write(int attempt, Writer writer) {
        synchronized (this) {
            if (owner != attempt) {
                return false;
            }
            writing = true;
        }
        try {
            writer.write(batch, offset);
            return true;
        } finally {
            synchronized (this) {
                writing = false;
                notifyAll();
            }
        }
    }

    /**
     * Gives the place to attempt {@code next}; a write in progress (augmentation only, after decoding: milliseconds)
     * is waited for, so that no earlier attempt writes afterwards.
     */
    synchronized void handOver(int next) throws InterruptedException {
        while (writing) {
            wait();
        }
        owner = next;
    }
}
