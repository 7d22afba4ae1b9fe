package org.jaywalk.framework.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.io.ProcessLock;

/**
 * Another process holding a {@link ProcessLock}: {@link #start} returns once the child holds it (it says so on
 * stdout), {@link #close} lets it go. No sleeps: both ends block on the pipe.
 */
public final class LockHolder implements AutoCloseable {

    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /** Starts a JVM that takes the lock {@code file} and holds it until {@link #close}. */
    public static LockHolder start(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the lock holder said " + line);
        }
        return new LockHolder(process);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        process.waitFor();
    }

    /** The child: takes the lock, says "locked", holds it until stdin closes. */
    public static void main(String[] args) throws IOException {
        try (ProcessLock lock = ProcessLock.acquire(Path.of(args[0]), "test lock")) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println("locked");
            while (System.in.read() >= 0) {
                // until the parent closes the pipe
            }
        }
    }
}
