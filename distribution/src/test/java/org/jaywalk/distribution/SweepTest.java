package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jaywalk.framework.sweep.ChildJvm;
import org.jaywalk.framework.sweep.ManifestStore;
import org.jaywalk.framework.sweep.PointRecord;
import org.jaywalk.framework.sweep.PointState;
import org.jaywalk.framework.sweep.SweepLayout;
import org.jaywalk.framework.sweep.SweepManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps through the real CLI with tiny CRW points (2 steps each), every point in its own JVM: a sweep killed
 * mid-run resumes without touching finished points, and failing points are recorded while the others finish.
 */
class SweepTest {

    @TempDir
    Path dir;

    private Path sweepFile(String name, String temperatures) throws IOException {
        TinyExperiments.write(dir, "tiny");
        return Files.writeString(dir.resolve(name + ".conf"),
                "sweep { experiment = \"tiny.conf\", grid { \"walk.temperature\" = " + temperatures + " } }\n");
    }

    @Test
    void killedSweepResumesOnlyItsUnfinishedPoints() throws Exception {
        Path file = sweepFile("killed", "[0.05, 0.07, 0.1, 0.2]");
        ManifestStore store = new ManifestStore(new SweepLayout(dir.resolve("runs/killed")));
        Process sweep = new ProcessBuilder(ChildJvm.current().command(List.of(), List.of("sweep", file.toString())))
                .redirectErrorStream(true).redirectOutput(dir.resolve("sweep.log").toFile()).start();
        SweepManifest killedAt;
        try {
            killedAt = awaitManifest(store, m -> m.in(PointState.DONE).size() >= 1 && m.in(PointState.RUNNING).size() == 1);
        } finally {
            List<ProcessHandle> children = sweep.descendants().toList();
            sweep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS); // its parent watch ends it
            }
        }
        SweepManifest interrupted = store.read();
        assertEquals(killedAt.in(PointState.DONE), interrupted.in(PointState.DONE));
        List<String> finished = interrupted.in(PointState.DONE).stream().map(PointRecord::name).toList();
        String cut = interrupted.in(PointState.RUNNING).get(0).name();
        Map<String, FileTime> checkpoints = new HashMap<>();
        for (String point : finished) {
            checkpoints.put(point, Files.getLastModifiedTime(dir.resolve("runs/killed").resolve(point)
                    .resolve("checkpoints/step-00000002.ckpt")));
        }

        Cli.Outcome resumed = Cli.run("sweep", file.toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        SweepManifest after = store.read();
        assertEquals(List.of("temperature=0.05", "temperature=0.07", "temperature=0.1", "temperature=0.2"),
                after.points().stream().map(PointRecord::name).toList(), "same points, same order");
        assertEquals(4, after.in(PointState.DONE).size(), after.summary());
        for (PointRecord p : after.points()) {
            int expected = p.name().equals(cut) ? 2 : 1;
            assertEquals(expected, p.attempts(), p.name() + " started " + p.attempts() + " times");
            Path run = dir.resolve("runs/killed").resolve(p.name());
            assertTrue(Files.readString(run.resolve("config.conf")).contains("temperature=" + p.params().get("walk.temperature")),
                    "resolved config of " + p.name());
            if (finished.contains(p.name())) {
                assertEquals(checkpoints.get(p.name()), Files.getLastModifiedTime(run.resolve("checkpoints/step-00000002.ckpt")),
                        "finished point " + p.name() + " was not rerun");
            }
        }
        assertEquals(5, Files.readAllLines(dir.resolve("runs/killed/results.csv")).size(), "header and 4 rows");
    }

    @Test
    void failingPointsAreRecordedWhileTheOthersFinishAndReportPlotsTheRest() throws IOException {
        Path file = sweepFile("mixed", "[0.05, 0.1, -1, hot]");
        Cli.Outcome o = Cli.run("sweep", file.toString(), "--parallel", "2");
        assertEquals(1, o.exitCode(), "some points failed: " + o.out() + o.err());
        assertTrue(o.out().contains("sweep mixed: 2 done, 2 failed"), o.out());

        SweepManifest m = new ManifestStore(new SweepLayout(dir.resolve("runs/mixed"))).read();
        PointRecord negative = m.point("temperature=-1").orElseThrow();
        assertEquals(PointState.FAILED, negative.state());
        assertTrue(negative.error().startsWith("invalid configuration: walk.temperature must be positive"),
                negative.error());
        assertEquals(0, negative.attempts(), "the walk's own range check rejects it before any process started");
        PointRecord text = m.point("temperature=hot").orElseThrow();
        assertEquals(PointState.FAILED, text.state());
        assertTrue(text.error().startsWith("invalid configuration: walk.temperature"), text.error());
        assertEquals(0, text.attempts(), "rejected before any process started");
        PointRecord done = m.point("temperature=0.1").orElseThrow();
        assertEquals(List.of("step", "epoch", "loss"), List.copyOf(done.metrics().keySet()).subList(0, 3));
        assertTrue(Files.readString(dir.resolve("runs/mixed/temperature=0.1/output.log")).contains("trained 2 steps"));

        List<String> csv = Files.readAllLines(dir.resolve("runs/mixed/results.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("point,walk.temperature,step,loss,"), csv.get(0));

        Cli.Outcome report = Cli.run("sweep", "report", dir.resolve("runs/mixed").toString(), "--metric", "xent_cyc_r1");
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("failed: temperature=hot (invalid configuration"), report.out());
        Path png = dir.resolve("runs/mixed/report-xent_cyc_r1.png");
        assertTrue(report.out().contains("plot: " + png), report.out());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(Files.readAllBytes(png), 4));
    }

    private static SweepManifest awaitManifest(ManifestStore store, java.util.function.Predicate<SweepManifest> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (store.exists()) {
                SweepManifest m = store.read();
                if (condition.test(m)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sweep did not reach the expected state; manifest: "
                + (store.exists() ? store.read().summary() : "none"));
    }
}
