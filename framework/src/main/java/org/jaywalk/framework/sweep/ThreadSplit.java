package org.jaywalk.framework.sweep;

import java.util.List;

/** Shares the machine's cores between the points that run at once: each gets {@code cores / parallel} threads. */
final class ThreadSplit {

    private ThreadSplit() {
    }

    /** The thread overrides for one of {@code parallel} points on {@code cores} cores (none when it runs alone). */
    static List<String> overrides(PointTask task, int parallel, int cores) {
        if (parallel <= 1 || !task.threadsUnset()) {
            return List.of();
        }
        int threads = Math.max(1, cores / parallel);
        return List.of("train.intra-op-threads=" + threads, "train.inter-op-threads=" + threads);
    }
}
