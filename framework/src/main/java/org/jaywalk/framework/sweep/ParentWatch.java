package org.jaywalk.framework.sweep;

import java.util.Optional;

/**
 * Ends a point's process when the sweep process that started it is gone (killed, crashed), so no orphan keeps
 * training while {@code --resume} reruns its point. Enabled by {@code -D}{@value #PROPERTY}{@code =<pid>}, which
 * the local launcher sets; the point stays {@code running} in the manifest, i.e. interrupted.
 */
public final class ParentWatch {

    /** System property holding the sweep process's pid. */
    public static final String PROPERTY = "jaywalk.parent-pid";
    /** Exit status of a point process stopped because its sweep process ended. */
    public static final int EXIT_ORPHANED = 143;

    private static final long POLL_MS = 300;

    private ParentWatch() {
    }

    /** Starts the watch when {@value #PROPERTY} is set. */
    public static void startIfRequested() {
        String pid = System.getProperty(PROPERTY);
        if (pid == null || pid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        Thread watch = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("jaywalk: the sweep process " + pid + " ended; stopping this point");
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        }, "jaywalk-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
