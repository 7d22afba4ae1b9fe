package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the real CLI: one clear line naming the key or file, and a non-zero exit. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path quickstartWith(String extra) throws IOException {
        Path root = Path.of(System.getProperty("jaywalk.project.root", ".."));
        Path file = dir.resolve("exp.conf");
        Files.writeString(file, "include file(\"" + root.resolve("experiments/quickstart.conf").toAbsolutePath() + "\")\n" + extra);
        return file;
    }

    @Test
    void unknownTypeListsTheNamesThatExist() throws IOException {
        Cli.Outcome o = Cli.run("config", quickstartWith("walk.type = palindrom\n").toString());
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("palindrom") && o.err().contains("palindrome") && o.err().contains("crw"), o.err());
    }

    @Test
    void typeMismatchNamesKeyAndLine() throws IOException {
        Cli.Outcome o = Cli.run("config", quickstartWith("dataset.batch-size = \"x\"\n").toString());
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("dataset.batch-size") && o.err().contains("exp.conf: 2"), o.err());
    }

    @Test
    void unknownComponentKeyIsRejected() throws IOException {
        Cli.Outcome o = Cli.run("config", quickstartWith("model.encoder.dept = 50\n").toString());
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("model.encoder.dept"), o.err());
    }

    @Test
    void badComponentValueNamesTheKey() throws IOException {
        Path file = quickstartWith("model.encoder.depth = 34\ntrain.max-steps = 1\n");
        Cli.Outcome o = Cli.run("train", file.toString(), "experiment.output-dir=\"" + dir + "\"");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("model.encoder.depth"), o.err());
    }

    @Test
    void aLearningRateThatCannotTrainIsRefusedBeforeAnythingStarts() throws IOException {
        for (String lr : new String[] {"-1e-3", "Infinity", "NaN", "0"}) {
            Cli.Outcome config = Cli.run("config", quickstartWith("").toString(), "optimizer.lr=" + lr);
            assertEquals(2, config.exitCode(), config.err());
            assertEquals(1, config.err().lines().count(), config.err());
            assertTrue(config.err().startsWith("error: optimizer.lr must be a finite number greater than 0"), config.err());
            Cli.Outcome train = Cli.run("train", quickstartWith("").toString(), "optimizer.lr=" + lr,
                    "experiment.output-dir=\"" + dir + "/runs\"");
            assertEquals(2, train.exitCode(), train.err());
        }
        assertTrue(!Files.exists(dir.resolve("runs")), "no run folder");
    }

    @Test
    void missingExperimentFileIsNamed() {
        Cli.Outcome o = Cli.run("train", dir.resolve("nope.conf").toString());
        assertTrue(o.exitCode() != 0);
        assertTrue(o.err().contains("nope.conf"), o.err());
    }

    @Test
    void truncatedCheckpointIsNamed() throws IOException {
        Path ckpt = dir.resolve("broken.ckpt");
        Files.write(ckpt, new byte[] {'P', 'K', 3, 4, 0, 0});
        Cli.Outcome o = Cli.run("inspect", ckpt.toString());
        assertTrue(o.exitCode() != 0);
        assertTrue(o.err().contains("broken.ckpt"), o.err());
    }
}
