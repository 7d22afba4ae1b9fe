package org.jaywalk.framework.train;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.WorkerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker that dies ({@code kill -9}) or stops ({@code SIGSTOP}) while the chief trains: the chief stops
 * with one line naming the task and its address instead of waiting forever (issue 13, item 3). The bounds
 * are generous: they catch a hang, not a slow machine.
 */
class ClusterFaultTest {

    private static final Duration GENEROUS = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aKilledWorkerStopsTheChiefNamingIt() throws Exception {
        chiefOutlives(worker -> worker.handle().destroyForcibly());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStoppedWorkerStopsTheChiefNamingIt() throws Exception {
        chiefOutlives(worker -> signal("STOP", worker.handle().pid()));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPortThatIsNotTensorFlowStopsTheChiefWithinConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String worker1 = "127.0.0.1:" + silent.getLocalPort();
            String workers = "train.cluster.workers=[\"127.0.0.1:" + WorkerProcess.freePorts(1).get(0) + "\",\"" + worker1 + "\"]";
            try (WorkerProcess chief = WorkerProcess.start(dir, "chief", List.of("train", Experiments.tiny().toString(),
                    workers, Experiments.outputDir(dir.resolve("runs")), "train.cluster.connect-timeout=10"))) {
                assertExitNaming(chief, worker1);
            }
        }
    }

    private interface Fault {
        void apply(WorkerProcess worker) throws Exception;
    }

    private void chiefOutlives(Fault fault) throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(2);
        String worker1 = "127.0.0.1:" + ports.get(1);
        String workers = "train.cluster.workers=[\"127.0.0.1:" + ports.get(0) + "\",\"" + worker1 + "\"]";
        try (WorkerProcess worker = WorkerProcess.start(dir, List.of("worker", Experiments.tiny().toString(), workers,
                "train.cluster.task-index=1"))) {
            worker.awaitLine("listening on", Duration.ofSeconds(60));
            try (WorkerProcess chief = WorkerProcess.start(dir, "chief", List.of("train", Experiments.tiny().toString(),
                    workers, Experiments.outputDir(dir.resolve("runs")), "train.epochs=100000", "train.log-every=1",
                    "train.checkpoint-every=100000", "train.cluster.step-timeout=20"))) {
                awaitSteps(chief, 3);
                fault.apply(worker);
                assertExitNaming(chief, worker1);
            } finally {
                signal("CONT", worker.handle().pid());
            }
        }
    }

    /** Waits (boundedly) for the chief to exit with an error line naming task 1 at {@code worker1}. */
    private static void assertExitNaming(WorkerProcess chief, String worker1) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int code = chief.awaitExit(GENEROUS);
        String output = chief.output();
        assertNotEquals(0, code, output);
        String line = output.lines().filter(l -> l.contains("task 1 at " + worker1)).findFirst()
                .orElseThrow(() -> new AssertionError("no line names task 1 at " + worker1 + ":\n" + output));
        System.out.printf("chief exited with %d after %.1f s: %s%n", code, (System.nanoTime() - start) / 1e9, line);
    }

    /** Waits until the chief's run has logged {@code steps} steps. */
    private void awaitSteps(WorkerProcess chief, int steps) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.walk(dir.resolve("runs"))) {
                for (Path metrics : files.filter(p -> p.getFileName().toString().equals("metrics.jsonl")).toList()) {
                    if (Files.readAllLines(metrics).size() >= steps) {
                        return;
                    }
                }
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                // the run folder is not there yet
            }
            chief.assertAlive();
            Thread.sleep(200);
        }
        throw new AssertionError("the chief logged no " + steps + " steps within " + GENEROUS.toSeconds() + " s:\n"
                + chief.output());
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(pid)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
