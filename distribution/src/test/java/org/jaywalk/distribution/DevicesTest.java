package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train.devices} end to end: one experiment file runs unchanged on one device and on two towers, with
 * per-device or synchronized batch norm.
 */
class DevicesTest {

    private static final String EXPERIMENT = """
            experiment { name = devices }
            dataset { type = synthetic, batch-size = 2, clip-length = 3, frame-size = 32, patch-size = 16, epoch-size = 4 }
            model {
              encoder { type = resnet, remove-layers = [layer3, layer4] }
              head { type = mlp, dim = 32 }
            }
            walk { type = palindrome }
            loss { type = cycle-xent }
            optimizer { type = adam }
            schedule { type = constant }
            train { max-steps = 2, log-every = 1 }
            """;

    @TempDir
    Path dir;

    @Test
    void sameExperimentOnOneAndTwoDevices() throws IOException {
        Path file = dir.resolve("devices.conf");
        Files.writeString(file, EXPERIMENT);
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
