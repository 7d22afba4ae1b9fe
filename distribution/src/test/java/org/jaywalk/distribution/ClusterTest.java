package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jaywalk.framework.sweep.ChildJvm;
import org.jaywalk.framework.sweep.ParentWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train.cluster} end to end with the built-in plugins: {@code jaywalk worker} as task 1 in another JVM,
 * {@code jaywalk train} as the chief; the run trains, logs and checkpoints as on one machine.
 */
class ClusterTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void chiefAndWorkerTrainTheExperiment() throws Exception {
        Path file = TinyExperiments.write(dir, "cluster");
        List<Integer> ports = freePorts();
        String workers = "train.cluster.workers=[\"127.0.0.1:" + ports.get(0) + "\",\"127.0.0.1:" + ports.get(1) + "\"]";
        Path out = dir.resolve("worker.out");
        Path err = dir.resolve("worker.err");
        List<String> command = ChildJvm.current().command(List.of("-D" + ParentWatch.PROPERTY + "="
                + ProcessHandle.current().pid()), List.of("worker", file.toString(), workers, "train.cluster.task-index=1"));
        Process worker = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            Cli.Outcome trained = Cli.run("train", file.toString(), "experiment.output-dir=\"" + dir.resolve("runs") + "\"",
                    "experiment.run-name=chief", workers, "train.cluster.connect-timeout=90");
            assertTrue(worker.isAlive(), "the worker died: " + Files.readString(err));
            assertEquals(0, trained.exitCode(), trained.err() + "\nworker:\n" + Files.readString(err));
            assertTrue(trained.out().contains("trained 2 steps"), trained.out());
            assertTrue(Files.readString(out).contains("worker task 1 of 2 listening on 127.0.0.1:" + ports.get(1)),
                    Files.readString(out));
            Path run = dir.resolve("runs").resolve("cluster").resolve("chief");
            assertEquals(2, Files.readAllLines(run.resolve("metrics.jsonl")).size());
            try (Stream<Path> checkpoints = Files.list(run.resolve("checkpoints"))) {
                assertTrue(checkpoints.anyMatch(p -> p.getFileName().toString().equals("step-00000002.ckpt")));
            }
        } finally {
            worker.destroyForcibly();
            worker.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static List<Integer> freePorts() throws IOException {
        List<Integer> ports = new ArrayList<>();
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket b = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ports.add(a.getLocalPort());
            ports.add(b.getLocalPort());
        }
        return ports;
    }
}
