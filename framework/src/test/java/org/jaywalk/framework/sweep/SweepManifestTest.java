package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.testing.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepManifestTest {

    @TempDir
    Path dir;

    private SweepFile sweep(String grid) throws IOException {
        return SweepFile.read(Files.writeString(dir.resolve("s.conf"), "include file(\"" + Experiments.tiny() + "\")\n"
                + "sweep { output-dir = \"" + dir.resolve("runs") + "\", grid { \"walk.temperature\" = " + grid + " } }\n"));
    }

    @Test
    void statesAreRecordedAtomicallyWithResults() throws IOException {
        SweepFile sweep = sweep("[0.1, 0.2, 0.3]");
        ManifestStore store = new ManifestStore(new SweepLayout(sweep.folder()));
        store.write(SweepManifest.create(sweep));
        assertEquals(Map.of(PointState.PENDING, 3, PointState.RUNNING, 0, PointState.DONE, 0, PointState.FAILED, 0),
                store.read().counts());

        store.markRunning("temperature=0.1", ProcessIdentity.current());
        store.markDone("temperature=0.1", Map.of("step", 9.0, "loss", 1.25, "acc", 0.5));
        store.markRunning("temperature=0.2", ProcessIdentity.current());
        store.markFailed("temperature=0.2", "boom");
        SweepManifest m = store.read();
        assertEquals("1 pending, 1 done, 1 failed", m.summary());
        PointRecord done = m.point("temperature=0.1").orElseThrow();
        assertEquals(1, done.attempts());
        assertEquals(Map.of("walk.temperature", 0.1), done.params());
        assertEquals("boom", m.point("temperature=0.2").orElseThrow().error());
        assertEquals("point,walk.temperature,step,loss,acc\ntemperature=0.1,0.1,9,1.25,0.5\n",
                Files.readString(store.layout().results()));
        try (var files = Files.list(store.layout().dir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temporary files left");
        }
        assertThrows(ConfigError.class, () -> store.markDone("temperature=9", Map.of()));
    }

    @Test
    void resumeKeepsDonePointsAndRequeuesFailedAndInterruptedOnes() throws IOException {
        SweepFile sweep = sweep("[0.1, 0.2, 0.3]");
        ProcessIdentity gone = new ProcessIdentity(ProcessIdentity.localHost(), Long.MAX_VALUE, null);
        SweepManifest m = SweepManifest.create(sweep)
                .with("temperature=0.1", p -> p.running(gone, java.time.Instant.now()).done(Map.of("loss", 1.0), java.time.Instant.now()))
                .with("temperature=0.2", p -> p.running(gone, java.time.Instant.now()))
                .with("temperature=0.3", p -> p.running(gone, java.time.Instant.now()).failed("bad", java.time.Instant.now()));

        SweepFile grown = sweep("[0.1, 0.2, 0.3, 0.4]");
        SweepManifest resumed = m.resumed(grown);
        assertEquals(List.of("temperature=0.1", "temperature=0.2", "temperature=0.3", "temperature=0.4"),
                resumed.points().stream().map(PointRecord::name).toList(), "same order, new points appended");
        assertEquals(List.of(PointState.DONE, PointState.PENDING, PointState.PENDING, PointState.PENDING),
                resumed.points().stream().map(PointRecord::state).toList());
        assertTrue(resumed.points().get(1).error().startsWith("interrupted"), resumed.points().get(1).error());
        assertEquals("bad", resumed.points().get(2).error());
        assertEquals(1, resumed.points().get(1).attempts());

        SweepManifest live = m.with("temperature=0.2", p -> p.running(ProcessIdentity.current(), java.time.Instant.now()));
        ConfigError e = assertThrows(ConfigError.class, () -> live.resumed(sweep));
        assertTrue(e.getMessage().startsWith("point temperature=0.2 is still running"), e.getMessage());
    }

    @Test
    void finalMetricsAreTheLastCompleteLine() throws IOException {
        Path metrics = Files.writeString(dir.resolve("metrics.jsonl"),
                "{\"step\":0,\"loss\":2.0}\n{\"step\":1,\"loss\":1.5,\"acc\":0.25,\"note\":\"x\"}\n{\"step\":2,\"lo");
        assertEquals(Map.of("step", 1.0, "loss", 1.5, "acc", 0.25), FinalMetrics.read(metrics));
        assertEquals(Map.of(), FinalMetrics.read(dir.resolve("absent.jsonl")));
    }
}
