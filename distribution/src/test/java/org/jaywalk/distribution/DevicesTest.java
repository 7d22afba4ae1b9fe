package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train.devices} end to end: one experiment file runs unchanged on one device and on two towers, with
 * per-device or synchronized batch norm.
 */
class DevicesTest {

    @TempDir
    Path dir;

    @Test
    void sameExperimentOnOneAndTwoDevices() throws IOException {
        Path file = TinyExperiments.write(dir, "devices");
        String out = "experiment.output-dir=\"" + dir.resolve("runs") + "\"";
        Cli.Outcome one = Cli.run("bench", "train", file.toString(), "--warmup", "1", "--steps", "1", "--json");
        assertEquals(0, one.exitCode(), one.err());
        Cli.Outcome two = Cli.run("train", file.toString(), out, "train.devices=2");
        assertEquals(0, two.exitCode(), two.err());
        Cli.Outcome synced = Cli.run("train", file.toString(), out, "train.devices=2", "train.sync-batch-norm=true");
        assertEquals(0, synced.exitCode(), synced.err());
        Cli.Outcome bad = Cli.run("train", file.toString(), out, "train.devices=[\"/TPU:0\"]");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("/TPU:0"), bad.err());
    }
}
