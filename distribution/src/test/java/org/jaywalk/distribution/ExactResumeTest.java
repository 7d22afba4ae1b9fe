package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jaywalk.framework.io.CheckpointFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact resume with the real CRW model in the default mode: Adam, edge dropout and feature dropout, synthetic
 * data, {@code train.kernels = auto} (kernels measured on this machine, whichever win). A run stopped after step
 * 3 and resumed must log the same per-step losses as an uninterrupted run, and must keep the kernels its
 * checkpoint records even when the machine's cache has since changed its mind.
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
            train { epochs = 2, log-every = 1, checkpoint-every = 100 }
            """;

    @TempDir
    Path dir;

    @Test
    void resumedRunRepeatsTheUninterruptedLosses() throws IOException {
        Path file = dir.resolve("resume.conf");
        Files.writeString(file, EXPERIMENT);
        String out = "experiment.output-dir=\"" + dir.resolve("runs") + "\"";
        Path cache = dir.resolve("kernels.json");
        String kernelCache = "train.kernel-cache=\"" + cache + "\"";

        assertEquals(0, Cli.run("train", file.toString(), out, kernelCache, "experiment.run-name=whole", "train.max-steps=6").exitCode());
        assertEquals(0, Cli.run("train", file.toString(), out, kernelCache, "experiment.run-name=split", "train.max-steps=3").exitCode());
        Path split = dir.resolve("runs/resume/split");
        Map<String, String> recorded = kernels(split.resolve("checkpoints"));
        assertFalse(recorded.isEmpty(), "the checkpoint records no kernels");
        flipEveryChoice(cache);
        Cli.Outcome resumed = Cli.run("train", file.toString(), out, kernelCache, "train.max-steps=6", "--resume=" + split);
        assertEquals(0, resumed.exitCode(), resumed.err());

        double[] whole = losses(dir.resolve("runs/resume/whole/metrics.jsonl"));
        double[] pieced = losses(split.resolve("metrics.jsonl"));
        assertEquals(6, whole.length);
        assertArrayEquals(whole, pieced, 0.0, "per-step losses of the resumed run differ");
        assertEquals(recorded, kernels(split.resolve("checkpoints")), "the resumed run changed kernels");
    }

    /** The kernels the newest checkpoint in {@code folder} records. */
    private static Map<String, String> kernels(Path folder) throws IOException {
        Path newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.filter(p -> p.toString().endsWith(".ckpt")).max(Path::compareTo).orElseThrow();
        }
        Map<String, String> out = new TreeMap<>();
        CheckpointFile.readMeta(newest).path("kernels").fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Makes the cache name the other kernel for every shape, as if this machine now measured otherwise. */
    private static void flipEveryChoice(Path cache) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(cache.toFile());
        root.path("machines").forEach(machine -> machine.forEach(entry -> ((ObjectNode) entry).put("kernel",
                "conv".equals(entry.get("kernel").asText()) ? "matmul" : "conv")));
        json.writeValue(cache.toFile(), root);
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
