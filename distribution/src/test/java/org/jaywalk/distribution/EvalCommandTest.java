package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jaywalk train} with an {@code evaluation} block evaluates the final weights; {@code jaywalk eval}
 * evaluates a checkpoint: both on the synthetic DAVIS-format set the {@code davis} evaluator generates.
 */
class EvalCommandTest {

    private static final String EVALUATION = """
            evaluation {
              type = davis, root = synthetic, video-len = 2, overlays = false
              synthetic { sequences = 1, frames = 4, width = 48, height = 32 }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void trainEvaluatesTheFinalWeightsAndEvalEvaluatesACheckpoint() throws IOException {
        Path experiment = TinyExperiments.write(dir, "tinyeval");
        Files.writeString(experiment, EVALUATION, java.nio.file.StandardOpenOption.APPEND);

        Cli.Outcome trained = Cli.run("train", experiment.toString(), "experiment.run-name=r");
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("J&F-Mean = "), trained.out());
        Path run = dir.resolve("runs/tinyeval/r");
        assertJandF(run.resolve("eval/metrics.json"));
        assertTrue(Files.isRegularFile(run.resolve("eval/global_results-val.csv")));

        Path checkpoint = run.resolve("checkpoints/step-00000002.ckpt");
        Path out = dir.resolve("evaluated");
        Cli.Outcome evaluated = Cli.run("eval", experiment.toString(), "--checkpoint", checkpoint.toString(),
                "evaluation.synthetic.frames=5", "--out", out.toString());
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        assertTrue(evaluated.out().contains("J&F-Mean = ") && evaluated.out().contains("F-Decay"), evaluated.out());
        assertJandF(out.resolve("metrics.json"));
        assertTrue(Files.isRegularFile(out.resolve("results/synthetic-1/00004.png")), "the override reached the evaluator");

        Cli.Outcome defaultFolder = Cli.run("eval", experiment.toString(), "--checkpoint", checkpoint.toString());
        assertEquals(0, defaultFolder.exitCode(), defaultFolder.err());
        try (Stream<Path> folders = Files.list(dir.resolve("runs/tinyeval"))) {
            List<Path> evals = folders.filter(p -> p.getFileName().toString().matches("eval-\\d{8}-\\d{6}")).toList();
            assertEquals(1, evals.size(), evals.toString());
            assertJandF(evals.get(0).resolve("metrics.json"));
        }
    }

    @Test
    void aSweepReportsTheEvaluationOfEachPoint() throws IOException {
        Files.writeString(TinyExperiments.write(dir, "tinyeval"), EVALUATION, java.nio.file.StandardOpenOption.APPEND);
        Path sweep = Files.writeString(dir.resolve("evalsweep.conf"),
                "sweep { experiment = \"tinyeval.conf\", grid { \"walk.temperature\" = [0.07] } }\n");
        Cli.Outcome o = Cli.run("sweep", sweep.toString());
        assertEquals(0, o.exitCode(), o.out() + o.err());
        List<String> csv = Files.readAllLines(dir.resolve("runs/evalsweep/results.csv"));
        assertEquals(2, csv.size(), String.join("\n", csv));
        List<String> header = List.of(csv.get(0).split(","));
        int column = header.indexOf("eval:J&F-Mean");
        assertTrue(column > 0, csv.get(0));
        double jf = Double.parseDouble(csv.get(1).split(",")[column]);
        assertTrue(jf >= 0 && jf <= 1, "J&F " + jf);
    }

    @Test
    void evalWithoutAnEvaluationBlockIsAConfigurationError() throws IOException {
        Path experiment = TinyExperiments.write(dir, "noeval");
        Cli.Outcome o = Cli.run("eval", experiment.toString(), "--checkpoint", dir.resolve("any.ckpt").toString());
        assertEquals(2, o.exitCode(), o.err());
        assertTrue(o.err().contains("add an evaluation block, e.g. evaluation { type = davis, root = ... }"), o.err());
    }

    @Test
    void theQuickstartEvalExperimentsLoad() {
        for (String name : List.of("quickstart-eval", "quickstart-eval-jhmdb", "quickstart-eval-vip")) {
            String file = Path.of(System.getProperty("jaywalk.project.root", "..")).resolve("experiments/" + name + ".conf")
                    .toString();
            Cli.Outcome o = Cli.run("config", file);
            assertEquals(0, o.exitCode(), name + ": " + o.err());
            assertTrue(o.out().contains("synthetic"), o.out());
        }
    }

    @Test
    void evalRunsJhmdbAndVipOnTheirGeneratedSets() throws IOException {
        Path experiment = TinyExperiments.write(dir, "tinyeval");
        Cli.Outcome trained = Cli.run("train", experiment.toString(), "experiment.run-name=r");
        assertEquals(0, trained.exitCode(), trained.err());
        Path checkpoint = dir.resolve("runs/tinyeval/r/checkpoints/step-00000002.ckpt");
        Files.writeString(experiment, EVALUATION, java.nio.file.StandardOpenOption.APPEND);
        Cli.Outcome jhmdb = Cli.run("eval", experiment.toString(), "--checkpoint", checkpoint.toString(),
                "evaluation.type=jhmdb", "evaluation.root=synthetic", "evaluation.crop-size=64", "evaluation.video-len=2",
                "evaluation.synthetic.frames=3", "--out", dir.resolve("jhmdb").toString());
        assertEquals(0, jhmdb.exitCode(), jhmdb.err());
        assertTrue(jhmdb.out().contains("PCK@0.1 = "), jhmdb.out());
        assertTrue(Files.isRegularFile(dir.resolve("jhmdb/pck.csv")));
        Cli.Outcome vip = Cli.run("eval", experiment.toString(), "--checkpoint", checkpoint.toString(),
                "evaluation.type=vip", "evaluation.root=synthetic", "evaluation.crop-size=64", "evaluation.video-len=2",
                "evaluation.synthetic.frames=3", "--out", dir.resolve("vip").toString());
        assertEquals(0, vip.exitCode(), vip.err());
        assertTrue(vip.out().contains("mIoU = "), vip.out());
        assertTrue(Files.isRegularFile(dir.resolve("vip/per-class.csv")));

        // propagate with the experiment's own (trained) test-time encoder: ResNet-18 without layer3 and layer4
        Path frames = Files.createDirectories(dir.resolve("frames"));
        for (int t = 0; t < 3; t++) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 32,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(5 + t, 5, 0xFFFFFF);
            javax.imageio.ImageIO.write(image, "png", frames.resolve(String.format("%05d.png", t)).toFile());
        }
        byte[] labels = new byte[40 * 32];
        java.util.Arrays.fill(labels, 0, 200, (byte) 1);
        Path mask = dir.resolve("mask.png");
        org.jaywalk.plugins.davis.MaskPng.write(mask, new org.jaywalk.plugins.davis.LabelImage(40, 32, labels));
        Cli.Outcome propagated = Cli.run("propagate", "--experiment", experiment.toString(), "--checkpoint",
                checkpoint.toString(), "--frames", frames.toString(), "--mask", mask.toString(), "--out",
                dir.resolve("propagated").toString(), "--video-len", "1", "--topk", "3", "--no-overlays");
        assertEquals(0, propagated.exitCode(), propagated.err());
        assertTrue(Files.isRegularFile(dir.resolve("propagated/00002.png")));
    }

    private static void assertJandF(Path metricsJson) throws IOException {
        assertTrue(Files.isRegularFile(metricsJson), metricsJson.toString());
        JsonNode json = new ObjectMapper().readTree(metricsJson.toFile());
        assertEquals("J&F-Mean", json.get("headline").asText());
        double jf = json.get("metrics").get("J&F-Mean").asDouble();
        assertTrue(jf >= 0 && jf <= 1, "J&F " + jf);
    }
}
