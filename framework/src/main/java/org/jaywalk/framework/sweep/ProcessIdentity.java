package org.jaywalk.framework.sweep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs a point: host, pid and start time, so that a later {@code --resume} can tell a point
 * whose process still runs (on this host) from one left {@code running} by a killed sweep, even if the pid was
 * reused since.
 *
 * @param host the host name
 * @param pid the process id
 * @param start the process's start time (ISO-8601), or null when unknown
 */
public record ProcessIdentity(String host, long pid, String start) {

    /** This process. */
    public static ProcessIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessIdentity(localHost(), self.pid(),
                self.info().startInstant().map(Instant::toString).orElse(null));
    }

    /** True when this process is alive on this host (same pid and start time). */
    public boolean aliveHere() {
        if (!host.equals(localHost())) {
            return false;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive() && (start == null
                || handle.get().info().startInstant().map(Instant::toString).map(start::equals).orElse(true));
    }

    static String localHost() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
