package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.spi.ProcessCpuTime;

/**
 * Resource use of this process, for benchmarks: peak resident set (JVM and TensorFlow's native memory), peak
 * Java heap, and CPU time (which, unlike wall-clock time, other processes on a shared machine barely change).
 */
final class ResourceUse {

    private ResourceUse() {
    }

    /** Peak resident set size in MiB ({@code VmHWM} of {@code /proc/self/status}), or -1 where unavailable. */
    static double residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds used by this process so far (all threads, native ones included), or -1 where unavailable. */
    static double cpuSeconds() {
        long nanos = ProcessCpuTime.nanos();
        return nanos < 0 ? -1 : nanos / 1e9;
    }

    /** Sum of the peak usage of the heap pools in MiB. */
    static double heapMib() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
