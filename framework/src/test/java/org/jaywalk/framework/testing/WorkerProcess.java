package org.jaywalk.framework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jaywalk.framework.sweep.ChildJvm;
import org.jaywalk.framework.sweep.ParentWatch;

/**
 * A {@code jaywalk worker} (or another {@code jaywalk} command, such as a cluster's chief) in a second JVM
 * (same java and class path as the tests), its output in files. Closing it kills it; it also ends by itself
 * when the test JVM dies ({@link ParentWatch}).
 */
public final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;

    private WorkerProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code jaywalk <arguments>} with stdout and stderr in {@code folder}. */
    public static WorkerProcess start(Path folder, List<String> arguments) throws IOException {
        return start(folder, "worker", arguments);
    }

    /** As {@link #start(Path, List)}, its output in {@code <name>.out} and {@code <name>.err}. */
    public static WorkerProcess start(Path folder, String name, List<String> arguments) throws IOException {
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        List<String> command = ChildJvm.current().command(
                List.of("-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid()), arguments);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new WorkerProcess(process, out, err);
    }

    /** Waits for a stdout line containing {@code text}; fails with the worker's stderr if it dies or times out. */
    public String awaitLine(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(out)) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the worker exited with " + process.exitValue() + " before printing '" + text
                        + "':\n" + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker printed no '" + text + "' within " + timeout.toSeconds() + " s:\n" + output());
    }

    /** The process, e.g. to stop it with a signal. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Its exit code once it exits within {@code timeout}; fails with its output if it does not. */
    public int awaitExit(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout.toSeconds() + " s:\n" + output());
        }
        return process.exitValue();
    }

    /** Fails with the worker's output unless it is still running. */
    public void assertAlive() throws IOException {
        if (!process.isAlive()) {
            throw new AssertionError("the worker died with exit code " + process.exitValue() + ":\n" + output());
        }
    }

    /** Its stdout and the end of its stderr. */
    public String output() throws IOException {
        List<String> lines = Files.readAllLines(err);
        return "stdout:\n" + Files.readString(out) + "stderr (last 40 lines):\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** {@code n} distinct loopback ports that were free a moment ago. */
    public static List<Integer> freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing a probe socket cannot matter
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
