package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ClipSlotTest {

    @Test
    void onlyTheOwningAttemptWritesAtItsOffset() {
        float[] batch = new float[6];
        ClipSlot slot = new ClipSlot(batch, 2);
        assertFalse(slot.write(1, (out, offset) -> Arrays.fill(out, offset, offset + 2, 9f)));
        assertArrayEquals(new float[6], batch);
        assertTrue(slot.write(0, (out, offset) -> Arrays.fill(out, offset, offset + 2, 7f)));
        assertArrayEquals(new float[] {0, 0, 7, 7, 0, 0}, batch);
    }

    @Test
    void aHandedOverPlaceIsNeverWrittenByTheEarlierAttempt() throws Exception {
        float[] batch = new float[2];
        ClipSlot slot = new ClipSlot(batch, 0);
        slot.handOver(1);
        assertFalse(slot.write(0, (out, offset) -> out[offset] = 5f), "a timed-out attempt waking up late");
        assertTrue(slot.write(1, (out, offset) -> out[offset] = 3f));
        assertArrayEquals(new float[] {3, 0}, batch);
    }

    @Test
    void handOverWaitsForTheWriteInProgress() throws Exception {
        float[] batch = new float[1];
        ClipSlot slot = new ClipSlot(batch, 0);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> write = threads.submit(() -> slot.write(0, (out, offset) -> {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out[offset] = 1f;
            }));
            writing.await();
            AtomicReference<Thread> waiter = new AtomicReference<>();
            Future<?> handOver = threads.submit(() -> {
                waiter.set(Thread.currentThread());
                slot.handOver(1);
                return null;
            });
            while (waiter.get() == null || waiter.get().getState() != Thread.State.WAITING) {
                Thread.onSpinWait(); // until the hand-over blocks on the write
            }
            assertFalse(handOver.isDone());
            release.countDown();
            assertTrue(write.get());
            handOver.get();
            assertArrayEquals(new float[] {1f}, batch, "the write finished before the place changed hands");
            assertFalse(slot.write(0, (out, offset) -> out[offset] = 2f));
        } finally {
            threads.shutdownNow();
        }
    }
}
