package org.jaywalk.framework.train;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.Dataset;

/**
 * Loads the batches of steps {@code [start, end)} in order on a background thread, at most
 * {@code capacity} ahead of the training step. Because a batch is {@code dataset.batch(epoch, index)},
 * the order is the same as loading them inline.
 */
final class BatchPrefetcher implements AutoCloseable {

    /** A loading failure, handed to the consumer in the batch's place. */
    private record Failure(LoopPosition position, RuntimeException cause) {
    }

    private final BlockingQueue<Object> queue;
    private final Thread worker;

    BatchPrefetcher(Dataset dataset, LoopPosition start, long endStep, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        int batchesPerEpoch = dataset.batchesPerEpoch();
        this.worker = new Thread(() -> load(dataset, start, endStep, batchesPerEpoch), "jaywalk-prefetch");
        worker.setDaemon(true);
        worker.start();
    }

    private void load(Dataset dataset, LoopPosition start, long endStep, int batchesPerEpoch) {
        try {
            for (LoopPosition p = start; p.step() < endStep; p = p.next(batchesPerEpoch)) {
                Object item;
                try {
                    item = dataset.batch(p.epoch(), p.index());
                } catch (RuntimeException e) {
                    item = new Failure(p, e);
                }
                queue.put(item);
                if (item instanceof Failure) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed early
        }
    }

    /** The next batch, in step order; rethrows the dataset's failure to load it. */
    Batch next() {
        try {
            Object item = queue.take();
            if (item instanceof Failure f) {
                throw new IllegalStateException("loading batch " + f.position().index() + " of epoch "
                        + f.position().epoch() + " failed: " + f.cause().getMessage(), f.cause());
            }
            return (Batch) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch", e);
        }
    }

    @Override
    public void close() {
        worker.interrupt();
        try {
            worker.join(10_000); // a daemon: a dataset ignoring interrupts cannot hang the exit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
