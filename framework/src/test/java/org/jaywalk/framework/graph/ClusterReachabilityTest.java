package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.jaywalk.framework.testing.WorkerProcess;
import org.junit.jupiter.api.Test;

/** The chief's check that every worker accepts connections before it opens the session. */
class ClusterReachabilityTest {

    @Test
    void returnsWhenEveryOtherTaskListens() throws IOException {
        try (ServerSocket worker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // task 0 (self) is never checked: its port need not be open
            ClusterReachability.await(List.of("127.0.0.1:1", "127.0.0.1:" + worker.getLocalPort()), 0, Duration.ofSeconds(5));
        }
    }

    @Test
    void failsNamingTheUnreachableWorker() {
        int closed = WorkerProcess.freePorts(1).get(0);
        long start = System.nanoTime();
        String message = assertThrows(IllegalStateException.class, () -> ClusterReachability.await(
                List.of("127.0.0.1:1", "127.0.0.1:" + closed), 0, Duration.ofSeconds(1))).getMessage();
        assertTrue(message.contains("worker task 1 at 127.0.0.1:" + closed) && message.contains("within 1 s")
                && message.contains("jaywalk worker EXPERIMENT train.cluster.task-index=1"), message);
        assertTrue(System.nanoTime() - start < 10e9, "gives up after about the timeout");
    }
}
