package org.jaywalk.framework.spi;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used so far, all threads (native ones included): what benchmarks report beside
 * wall-clock time, since other processes on a busy machine inflate wall time but not CPU time.
 */
public final class ProcessCpuTime {

    private ProcessCpuTime() {
    }

    /** Nanoseconds of CPU time used by this process so far, or -1 where the JVM does not report it. */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
