package org.jaywalk.framework.train;

/** Clips per second over the interval since it was last read. */
final class ThroughputMeter {

    private long clips;
    private long intervalStart = System.nanoTime();

    /** Counts {@code n} clips as trained. */
    void add(long n) {
        clips += n;
    }

    /** Clips per second since the previous call (or creation); starts a new interval. */
    double takeRate() {
        long now = System.nanoTime();
        double seconds = Math.max(now - intervalStart, 1) / 1e9;
        double rate = clips / seconds;
        clips = 0;
        intervalStart = now;
        return rate;
    }
}
