package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class CpuClockTest {

    /** Work that takes CPU time on any machine (a few milliseconds). */
    private static long spin() {
        long x = 1;
        for (int i = 0; i < 20_000_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    @Test
    void workersAreTheThreadsWithThePrefixAndAPartOfTheProcess() throws ExecutionException, InterruptedException {
        ExecutorService pool = Workers.pool("cpu-clock-test", 1);
        try {
            pool.submit(() -> 0).get(); // the worker thread exists before the clocks start
            CpuClock workers = new CpuClock("cpu-clock-test");
            CpuClock nobody = new CpuClock("no-such-thread");
            pool.submit(CpuClockTest::spin).get();
            CpuClock.Rate counted = workers.rate(2);
            CpuClock.Rate uncounted = nobody.rate(2);
            assertTrue(counted.workerCpuMillisPerClip() > 0, counted.toString());
            assertEquals(0, uncounted.workerCpuMillisPerClip(), uncounted.toString());
            assertTrue(uncounted.cpuMillisPerClip() > 0 && counted.clipsPerSecond() > 0, uncounted.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void perCoreIsTheInverseOfTheCpuTimePerClip() {
        assertEquals(25, new CpuClock.Rate(10, 40, 35).perCore(), 1e-12);
    }
}
