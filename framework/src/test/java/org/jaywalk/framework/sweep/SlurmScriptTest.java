package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmScriptTest {

    @TempDir
    Path dir;

    private final ChildJvm jvm = new ChildJvm("/opt/java/bin/java", "/opt/jaywalk/lib/a.jar:/opt/jaywalk/lib/b.jar",
            List.of("-Djaywalk.home=/opt/jaywalk", "-Xmx4g"));

    @Test
    void oneArrayTaskPerPendingPointRunningItThroughTheManifest() throws IOException, InterruptedException {
        SweepLayout layout = new SweepLayout(dir.resolve("runs/my sweep"));
        SlurmScript script = new SlurmScript("jaywalk-my-sweep", layout,
                List.of(new PointTask("edge-dropout=0,temperature=0.03", true), new PointTask("it's", true)), jvm,
                List.of(Path.of("/opt/extra plugins")), 2, List.of("--time=02:00:00", "--cpus-per-task=4"));
        String text = script.render();
        List<String> lines = text.lines().toList();
        assertEquals("#!/bin/bash", lines.get(0));
        assertTrue(lines.contains("#SBATCH --job-name=jaywalk-my-sweep"), text);
        assertTrue(lines.contains("#SBATCH --array=0-1%2"), text);
        assertTrue(lines.contains("#SBATCH --time=02:00:00") && lines.contains("#SBATCH --cpus-per-task=4"), text);
        assertTrue(lines.contains("  edge-dropout=0,temperature=0.03") && lines.contains("  'it'\\''s'"), text);
        assertTrue(lines.contains("POINT=\"${POINTS[$SLURM_ARRAY_TASK_ID]}\""), text);
        assertTrue(text.contains("THREADS=(train.intra-op-threads=$SLURM_CPUS_PER_TASK"), text);
        assertTrue(text.contains("exec >>'" + layout.dir() + "'/\"$POINT\"/output.log 2>&1"), text);
        String run = lines.get(lines.size() - 1);
        assertEquals("exec /opt/java/bin/java -Djaywalk.home=/opt/jaywalk -Xmx4g -cp /opt/jaywalk/lib/a.jar:/opt/jaywalk/lib/b.jar"
                + " org.jaywalk.framework.cli.JaywalkCli sweep run-point '" + layout.dir() + "' \"$POINT\""
                + " ${THREADS[@]+\"${THREADS[@]}\"} --plugins '/opt/extra plugins'", run);

        Path file = Files.writeString(dir.resolve("sweep.sbatch"), text);
        Process syntax = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        assertEquals(0, syntax.waitFor(), new String(syntax.getInputStream().readAllBytes()));
    }

    @Test
    void experimentsThatSetTheirThreadsKeepThem() {
        String text = new SlurmScript("j", new SweepLayout(dir), List.of(new PointTask("p", false)), jvm, List.of(), 0,
                List.of()).render();
        assertTrue(text.contains("#SBATCH --array=0-0\n"), text);
        assertFalse(text.contains("SLURM_CPUS_PER_TASK"), text);
    }
}
