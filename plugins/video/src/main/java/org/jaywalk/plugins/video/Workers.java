package org.jaywalk.plugins.video;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools of named daemon threads (a stuck native decoder must never keep the JVM alive). */
final class Workers {

    private Workers() {
    }

    /** A fixed pool of {@code threads} threads named {@code name-1, name-2, ...}; it can be grown later. */
    static ThreadPoolExecutor pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The default worker count: one per core but one, at least one. */
    static int defaultCount() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
