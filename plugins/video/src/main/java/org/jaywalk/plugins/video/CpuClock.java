package org.jaywalk.plugins.video;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import org.jaywalk.framework.spi.ProcessCpuTime;

/**
 * Wall-clock time, the process's CPU time and the CPU time of the threads whose names start with a prefix (a
 * pool's workers), for benchmarks: CPU time is not inflated by other processes on a busy machine, and the process
 * minus the workers is what the rest costs (garbage collection, the JIT, assembling batches).
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String workerPrefix;
    private final long wallStart;
    private final long processStart;
    private final long workersStart;

    /** Starts the clock; workers are the live threads whose names start with {@code workerPrefix}. */
    CpuClock(String workerPrefix) {
        this.workerPrefix = workerPrefix;
        this.workersStart = workerNanos();
        this.processStart = ProcessCpuTime.nanos();
        this.wallStart = System.nanoTime();
    }

    /**
     * One measure of {@code clips} clips since the start.
     *
     * @param clipsPerSecond clips over wall-clock seconds
     * @param cpuMillisPerClip the whole process's CPU time per clip
     * @param workerCpuMillisPerClip the CPU time of the workers alone per clip
     */
    public record Rate(double clipsPerSecond, double cpuMillisPerClip, double workerCpuMillisPerClip) {

        /** Clips per second one fully available core would give (from the process's CPU time). */
        public double perCore() {
            return 1000 / cpuMillisPerClip;
        }
    }

    /** The rate of {@code clips} clips made since the start. */
    Rate rate(int clips) {
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double process = (ProcessCpuTime.nanos() - processStart) / 1e6;
        double workers = (workerNanos() - workersStart) / 1e6;
        return new Rate(clips / seconds, process / clips, workers / clips);
    }

    /** The CPU time of the live workers (a worker that ended in between takes its time with it). */
    private long workerNanos() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return 0;
        }
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(workerPrefix)) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                sum += Math.max(nanos, 0);
            }
        }
        return sum;
    }
}
