package org.jaywalk.framework.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * The {@code train.cluster} block: the TensorFlow cluster one run trains on. Every task runs the same
 * experiment; task 0 (the chief) runs {@code jaywalk train}, holds the parameters, steps the loop, logs and
 * checkpoints; every other task runs {@code jaywalk worker} and computes its towers.
 *
 * @param workers the {@code host:port} of every task, in task order (the job {@code worker})
 * @param taskIndex this process's task
 * @param connectTimeoutSeconds how long the chief waits for every worker to accept connections
 * @param stepTimeoutSeconds the shortest deadline of a training step on the cluster ({@code graph.ClusterStepWatch})
 * @param allowPublic whether a task may serve its unauthenticated port on an Internet-routable address
 *     ({@code graph.PortExposure})
 */
public record ClusterSettings(List<String> workers, int taskIndex, int connectTimeoutSeconds, int stepTimeoutSeconds,
                              boolean allowPublic) {

    /** A host name, an IPv4 address or a bracketed IPv6 address, then a port. */
    private static final Pattern ADDRESS = Pattern.compile("(?<host>\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9_.-]+):(?<port>\\d{1,5})");

    /** The task that runs the training loop. */
    public static final int CHIEF = 0;

    public ClusterSettings {
        workers = List.copyOf(workers);
    }

    /**
     * Reads {@code cluster} inside the {@code train} block; null when {@code cluster.workers} is empty (no
     * cluster). Errors name the key, e.g. a malformed {@code host:port} or a task index out of range.
     */
    static ClusterSettings from(ComponentConfig train) {
        List<String> workers = train.getStringList("cluster.workers");
        int task = train.getIntAtLeast("cluster.task-index", 0);
        int timeout = train.getIntAtLeast("cluster.connect-timeout", 1);
        int stepTimeout = train.getIntAtLeast("cluster.step-timeout", 1);
        boolean allowPublic = train.getBoolean("cluster.allow-public");
        if (workers.isEmpty()) {
            if (task != 0) {
                throw train.error("cluster.task-index", "is " + task + " but train.cluster.workers is empty: list "
                        + "every task's host:port, e.g. workers = [\"node1:2222\", \"node2:2222\"]");
            }
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < workers.size(); i++) {
            String address = workers.get(i);
            if (!isAddress(address)) {
                throw train.error("cluster.workers", "entry " + i + " '" + address + "' is not host:port (e.g. "
                        + "node1:2222, 10.0.0.5:2222 or [::1]:2222; the port between 1 and 65535)");
            }
            if (!seen.add(address)) {
                throw train.error("cluster.workers", "lists '" + address + "' twice: every task needs its own host:port");
            }
        }
        if (task >= workers.size()) {
            throw train.error("cluster.task-index", "must be below the " + workers.size() + " tasks of "
                    + "train.cluster.workers (0 .. " + (workers.size() - 1) + "), got " + task);
        }
        return new ClusterSettings(workers, task, timeout, stepTimeout, allowPublic);
    }

    private static boolean isAddress(String address) {
        Matcher m = ADDRESS.matcher(address);
        if (!m.matches()) {
            return false;
        }
        int port = Integer.parseInt(m.group("port"));
        return port >= 1 && port <= 65535;
    }

    /** True for task 0, which runs the training loop. */
    public boolean isChief() {
        return taskIndex == CHIEF;
    }

    /** This task's {@code host:port}. */
    public String address() {
        return workers.get(taskIndex);
    }
}
