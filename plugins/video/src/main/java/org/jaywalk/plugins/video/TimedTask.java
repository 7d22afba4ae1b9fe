package org.jaywalk.plugins.video;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work submitted to a pool whose wait is bounded from the moment it starts running, not from its submission, so
 * that queued work is never timed out by the work ahead of it.
 *
 * @param <T> the result
 */
final class TimedTask<T> {

    /** How often a waiter wakes up to check the time and report progress. */
    private static final long TICK_MILLIS = 200;

    private final Future<T> future;
    private volatile long startedNanos;

    private TimedTask(ExecutorService pool, Callable<T> work) {
        this.future = pool.submit(() -> {
            startedNanos = System.nanoTime();
            return work.call();
        });
    }

    /** Submits {@code work} to {@code pool}. */
    static <T> TimedTask<T> submit(ExecutorService pool, Callable<T> work) {
        return new TimedTask<>(pool, work);
    }

    /**
     * Waits for the result, calling {@code tick} now and then; once the work has run for longer than
     * {@code timeoutMillis} it is cancelled (interrupted) and this throws {@link TimeoutException}.
     *
     * @throws ExecutionException if the work failed
     */
    T await(long timeoutMillis, Runnable tick) throws ExecutionException, TimeoutException, InterruptedException {
        while (true) {
            try {
                return future.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                tick.run();
                long started = startedNanos;
                if (started != 0 && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                    future.cancel(true);
                    throw new TimeoutException("gave up after " + timeoutMillis / 1000.0 + " s");
                }
            }
        }
    }

    /** Stops the work if it has not finished. */
    void cancel() {
        future.cancel(true);
    }
}
