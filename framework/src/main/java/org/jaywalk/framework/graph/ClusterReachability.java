package org.jaywalk.framework.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until every other task of a cluster accepts TCP connections. TensorFlow's master waits forever for
 * an unreachable worker when a session starts (it logs "CreateSession still waiting for response from
 * worker" every 10 s, and {@code operation_timeout_in_ms} does not bound it), so the chief checks first and
 * fails with the worker's address instead of hanging.
 */
public final class ClusterReachability {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterReachability.class);
    private static final int CONNECT_MILLIS = 2000;
    private static final long RETRY_MILLIS = 500;
    private static final long REPORT_MILLIS = 10_000;

    private ClusterReachability() {
    }

    /**
     * Returns once every task but {@code self} accepts connections.
     *
     * @param workers every task's {@code host:port}
     * @throws IllegalStateException naming the first task that did not answer within {@code timeout}
     */
    public static void await(List<String> workers, int self, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int task = 0; task < workers.size(); task++) {
            if (task != self) {
                awaitOne(task, workers.get(task), deadline, timeout);
            }
        }
    }

    /** Whether {@code address} ({@code host:port}) accepts a TCP connection now (within 2 s). */
    static boolean accepts(String address) {
        return problem(socketAddress(address)) == null;
    }

    /** Why a connection to {@code address} fails, or null when it succeeds. */
    private static String problem(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), CONNECT_MILLIS);
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private static void awaitOne(int task, String address, long deadline, Duration timeout) {
        InetSocketAddress socketAddress = socketAddress(address);
        long nextReport = System.nanoTime() + REPORT_MILLIS * 1_000_000;
        while (true) {
            String problem = problem(socketAddress);
            if (problem == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("worker task " + task + " at " + address + " did not accept "
                        + "connections within " + timeout.toSeconds() + " s (" + problem + "): start it with 'jaywalk "
                        + "worker EXPERIMENT train.cluster.task-index=" + task + "', or check the address, the "
                        + "firewall and train.cluster.connect-timeout");
            }
            if (System.nanoTime() > nextReport) {
                LOG.info("waiting for worker task {} at {} ({})", task, address, problem);
                nextReport = System.nanoTime() + REPORT_MILLIS * 1_000_000;
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for worker task " + task + " at " + address, e);
            }
        }
    }

    /** {@code host:port} or {@code [v6]:port}, unresolved (resolved at each attempt, as DNS may come up late). */
    static InetSocketAddress socketAddress(String address) {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return InetSocketAddress.createUnresolved(host, Integer.parseInt(address.substring(colon + 1)));
    }
}
