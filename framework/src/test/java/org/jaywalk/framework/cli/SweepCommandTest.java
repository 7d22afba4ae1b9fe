package org.jaywalk.framework.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.sweep.ManifestStore;
import org.jaywalk.framework.sweep.ProcessIdentity;
import org.jaywalk.framework.sweep.SweepFile;
import org.jaywalk.framework.sweep.SweepLayout;
import org.jaywalk.framework.sweep.SweepManifest;
import org.jaywalk.framework.testing.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jaywalk sweep} without training: dry runs, the Slurm script, refusing to overwrite, and reports. */
class SweepCommandTest {

    private record Outcome(int code, String out, String err) {
    }

    @TempDir
    Path dir;

    private Path sweepFile(String grid) throws IOException {
        return Files.writeString(dir.resolve("grid.conf"), "include file(\"" + Experiments.tiny() + "\")\n"
                + "sweep { output-dir = \"" + dir.resolve("runs") + "\", grid { " + grid + " } }\n");
    }

    @Test
    void dryRunListsPointsChecksThemAndPrintsTheSlurmScriptWritingNothing() throws IOException {
        Path file = sweepFile("\"walk.temperature\" = [0.1, hot], \"train.epochs\" = [1, 2]");
        Outcome o = run("sweep", file.toString(), "--dry-run", "--launcher", "slurm", "--parallel", "3",
                "--sbatch=--time=00:10:00");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertTrue(o.out().startsWith("sweep grid: 4 point(s) in " + dir.resolve("runs/grid") + " (4 pending)"), o.out());
        assertTrue(o.out().contains("  pending  epochs=1,temperature=0.1  [train.epochs=1 walk.temperature=0.1]"), o.out());
        assertTrue(o.out().contains("  invalid  epochs=2,temperature=hot"), o.out());
        assertTrue(o.out().contains("#SBATCH --array=0-1%3"), "two valid points: " + o.out());
        assertTrue(o.out().contains("#SBATCH --time=00:10:00"), o.out());
        assertTrue(o.out().contains("sweep run-point " + dir.resolve("runs/grid") + " \"$POINT\""), o.out());
        assertFalse(Files.exists(dir.resolve("runs")), "a dry run writes nothing");
    }

    @Test
    void anExistingSweepIsOnlyContinuedWithResume() throws IOException {
        SweepFile sweep = SweepFile.read(sweepFile("\"walk.temperature\" = [0.1]"));
        new ManifestStore(new SweepLayout(sweep.folder())).write(SweepManifest.create(sweep));
        Outcome o = run("sweep", sweep.file().toString());
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.err().startsWith("error: the sweep folder " + sweep.folder().toAbsolutePath() + " already holds a sweep"
                + " (1 pending): continue it with --resume"), o.err());
    }

    @Test
    void reportSortsFinishedPointsAndPlotsTheMetric() throws IOException {
        SweepFile sweep = SweepFile.read(sweepFile("\"walk.temperature\" = [0.03, 0.05, 0.07], \"optimizer.lr\" = [0.1, 0.01]"));
        ManifestStore store = new ManifestStore(new SweepLayout(sweep.folder()));
        SweepManifest manifest = SweepManifest.create(sweep);
        for (var p : manifest.points()) {
            double t = ((Number) p.params().get("walk.temperature")).doubleValue();
            double lr = ((Number) p.params().get("optimizer.lr")).doubleValue();
            manifest = manifest.with(p.name(), r -> r.running(ProcessIdentity.current(), Instant.now())
                    .done(Map.of("step", 19.0, "loss", 2 - 10 * t + lr, "acc", 10 * t), Instant.now()));
        }
        manifest = manifest.with("lr=0.01,temperature=0.07", r -> r.failed("diverged", Instant.now()));
        store.write(manifest);

        Outcome o = run("sweep", "report", sweep.folder().toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(List.of("#", "loss", "optimizer.lr", "walk.temperature", "step", "point"),
                Arrays.asList(lines.get(0).split("\\s+")));
        assertTrue(lines.get(1).matches("1\\s+1\\.4000\\s+0\\.1\\s+0\\.07\\s+19\\s+lr=0\\.1,temperature=0\\.07"), lines.get(1));
        assertEquals(6, lines.size() - 2, o.out());
        assertTrue(o.out().contains("failed: lr=0.01,temperature=0.07 (diverged)"), o.out());
        Path png = sweep.folder().resolve("report-loss.png");
        assertEquals("plot: " + png.toAbsolutePath(), lines.get(lines.size() - 1));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));

        Outcome accuracy = run("sweep", "report", sweep.folder().toString(), "--metric", "acc", "--descending", "--x", "optimizer.lr");
        assertEquals(ExitCodes.OK, accuracy.code(), accuracy.err());
        assertTrue(accuracy.out().lines().toList().get(1).startsWith("1  0.70000"), accuracy.out());
        assertTrue(Files.exists(sweep.folder().resolve("report-acc.png")));
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JaywalkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
