package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.OneNodeSlurm;
import org.jaywalk.framework.testing.WorkerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm recipes for real, on a one-node Slurm started on this machine ({@link OneNodeSlurm}; skipped,
 * saying why, where {@code slurm-wlm} and {@code munge} are not installed or the tests do not run as root):
 * {@code sweep --launcher slurm} runs an array job to completion, and the {@code srun} recipe of
 * docs/scaling-out.md trains with a chief and a worker (two tasks on one node, so each task gets its own port).
 * Bounds only catch hangs.
 */
class SlurmForRealTest {

    private static final Duration GENEROUS = Duration.ofSeconds(300);

    @TempDir
    static Path slurmDir;

    private static OneNodeSlurm slurm;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSlurm() throws IOException, InterruptedException {
        Optional<String> why = OneNodeSlurm.unavailable();
        assumeTrue(why.isEmpty(), () -> "Slurm not tested for real: " + why.orElse(""));
        slurm = OneNodeSlurm.start(slurmDir);
    }

    @AfterAll
    static void stopSlurm() throws InterruptedException {
        if (slurm != null) {
            slurm.close();
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void sweepWithTheSlurmLauncherRunsEveryPointToCompletion() throws Exception {
        Path file = Files.writeString(dir.resolve("grid.conf"), "include file(\"" + Experiments.tiny() + "\")\n"
                + "train.epochs = 1\nsweep { output-dir = \"" + dir.resolve("runs") + "\", grid { \"walk.temperature\" = [0.1, 0.2] } }\n");
        Process submit = start(ChildJvm.current().command(List.of(), List.of("sweep", file.toString(), "--launcher", "slurm")), "submit");
        assertTrue(submit.waitFor(GENEROUS.toSeconds(), TimeUnit.SECONDS), "sweep --launcher slurm did not return");
        assertEquals(0, submit.exitValue(), Files.readString(dir.resolve("submit.out")));

        ManifestStore store = new ManifestStore(new SweepLayout(dir.resolve("runs/grid")));
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        List<PointState> states = List.of();
        while (System.nanoTime() < deadline) {
            states = store.read().points().stream().map(PointRecord::state).toList();
            if (states.stream().allMatch(s -> s == PointState.DONE || s == PointState.FAILED)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(List.of(PointState.DONE, PointState.DONE), states, "points after the array job: " + states
                + "\n" + logs(dir.resolve("runs/grid")));
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void srunRecipeTrainsWithAChiefAndAWorker() throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(2);
        String workers = "train.cluster.workers=[\"127.0.0.1:" + ports.get(0) + "\",\"127.0.0.1:" + ports.get(1) + "\"]";
        List<String> common = List.of(Experiments.tiny().toString(), workers, Experiments.outputDir(dir.resolve("runs")),
                "experiment.run-name=srun");
        String train = shell(jaywalk("train", common));
        String worker = shell(jaywalk("worker", common));
        // docs/scaling-out.md "On Slurm": task 0 trains, the others serve; --wait ends the workers after the chief
        String script = "if [ \"$SLURM_PROCID\" -eq 0 ]; then exec " + train + " train.cluster.task-index=0; "
                + "else exec " + worker + " train.cluster.task-index=$SLURM_PROCID; fi";
        Process srun = start(List.of("srun", "--ntasks=2", "--kill-on-bad-exit=1", "--wait=5", "bash", "-c", script), "srun");
        assertTrue(srun.waitFor(GENEROUS.toSeconds(), TimeUnit.SECONDS), "srun did not return");
        String output = Files.readString(dir.resolve("srun.out"));
        assertTrue(output.contains("trained 8 steps"), output);
        assertTrue(output.contains("worker task 1 of 2 listening on 127.0.0.1:" + ports.get(1)), output);
        try (Stream<Path> checkpoints = Files.list(dir.resolve("runs/tiny/srun/checkpoints"))) {
            assertTrue(checkpoints.anyMatch(p -> p.getFileName().toString().equals("step-00000008.ckpt")), output);
        }
    }

    private static List<String> jaywalk(String command, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(arguments);
        return ChildJvm.current().command(List.of(), all);
    }

    private static String shell(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private Process start(List<String> command, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile());
        builder.environment().putAll(slurm.environment());
        return builder.start();
    }

    private static String logs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".out") || p.toString().endsWith(".err")).toList()) {
                all.append("== ").append(f).append('\n').append(Files.readString(f));
            }
            return all.toString();
        }
    }
}
