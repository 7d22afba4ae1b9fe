package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact resume with the real CRW model: Adam, edge dropout and feature dropout, synthetic data. A run stopped
 * after step 3 and resumed must log the same per-step losses as an uninterrupted run.
 */
class ExactResumeTest {

    private static final String EXPERIMENT = """
            experiment { name = resume, seed = 7 }
            dataset { type = synthetic, batch-size = 2, clip-length = 3, frame-size = 32, patch-size = 16, epoch-size = 8 }
            model {
              encoder { type = resnet, depth = 18, padding = reflect, remove-layers = [layer3, layer4] }
              head { type = mlp, depth = 1, dim = 32, feature-dropout = 0.1 }
            }
            walk { type = palindrome, temperature = 0.07, edge-dropout = 0.1 }
            loss { type = cycle-xent }
            optimizer { type = adam, lr = 1e-3 }
            schedule { type = multistep, milestones = [1], gamma = 0.5 }
            train { epochs = 2, log-every = 1, checkpoint-every = 100, deterministic = true }
            """;

    @TempDir
    Path dir;

    @Test
    void resumedRunRepeatsTheUninterruptedLosses() throws IOException {
        Path file = dir.resolve("resume.conf");
        Files.writeString(file, EXPERIMENT);
        String out = "experiment.output-dir=\"" + dir.resolve("runs") + "\"";

        assertEquals(0, Cli.run("train", file.toString(), out, "experiment.run-name=whole", "train.max-steps=6").exitCode());
        assertEquals(0, Cli.run("train", file.toString(), out, "experiment.run-name=split", "train.max-steps=3").exitCode());
        Path split = dir.resolve("runs/resume/split");
        Cli.Outcome resumed = Cli.run("train", file.toString(), out, "train.max-steps=6", "--resume=" + split);
        assertEquals(0, resumed.exitCode(), resumed.err());

        double[] whole = losses(dir.resolve("runs/resume/whole/metrics.jsonl"));
        double[] pieced = losses(split.resolve("metrics.jsonl"));
        assertEquals(6, whole.length);
        assertArrayEquals(whole, pieced, 0.0, "per-step losses of the resumed run differ");
    }

    private static double[] losses(Path metrics) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines;
        try (Stream<String> s = Files.lines(metrics)) {
            lines = s.toList();
        }
        double[] out = new double[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = json.readTree(lines.get(i)).get("loss").asDouble();
        }
        return out;
    }
}
