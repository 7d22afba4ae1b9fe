package org.jaywalk.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.InitFrom;
import org.jaywalk.framework.io.PthWriter;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.FakeComponents;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

    private static final ComponentRegistry REGISTRY = Experiments.registry();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path runs;

    @Test
    void writesConfigMetricsEventsAndCheckpoints() throws IOException {
        ResolvedExperiment experiment = experiment("experiment.run-name=a", "train.max-steps=5",
                "train.keep-checkpoints=2");
        TrainingReport report = train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        Path run = runs.resolve("tiny").resolve("a");
        assertEquals(run, report.runDir());
        assertEquals(5, report.steps());

        assertEquals(experiment.render(), Files.readString(run.resolve("config.conf")));

        List<JsonNode> metrics = metrics(run);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), metrics.stream().map(m -> m.get("step").asLong()).toList());
        assertEquals(List.of(0, 0, 0, 0, 1), metrics.stream().map(m -> m.get("epoch").asInt()).toList());
        for (JsonNode m : metrics) {
            for (String field : List.of("loss", "lr", "clips_per_s", "xent pair", "acc pair")) {
                assertTrue(m.get(field).isNumber(), field + " in " + m);
            }
            assertEquals(0.1, m.get("lr").asDouble(), 1e-12);
            assertEquals(m.get("loss").asDouble(), m.get("xent pair").asDouble(), 1e-12);
        }

        Map<String, List<EventFiles.Point>> scalars = EventFiles.scalars(eventsFile(run));
        List<EventFiles.Point> loss = scalars.get("loss");
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), loss.stream().map(EventFiles.Point::step).toList());
        for (int i = 0; i < loss.size(); i++) {
            assertEquals((float) metrics.get(i).get("loss").asDouble(), loss.get(i).value());
        }
        assertTrue(scalars.keySet().containsAll(List.of("lr", "clips_per_s", "acc pair", "xent pair")), scalars.keySet().toString());

        CheckpointStore store = new CheckpointStore(run.resolve("checkpoints"), 2);
        assertEquals(List.of("step-00000004.ckpt", "step-00000005.ckpt"),
                store.list().stream().map(p -> p.getFileName().toString()).toList(), "saved at 2, 4 and the end; kept 2");
        try (Stream<Path> files = Files.walk(run)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp") || f.toString().endsWith(".partial")),
                    "no temporary files left");
        }
        LoadedCheckpoint last = CheckpointStore.read(store.latest().orElseThrow());
        assertEquals(new LoopPosition(5, 1, 1), last.meta().position());
        assertEquals(7, last.meta().seed());
        assertEquals(experiment.render(), last.meta().config());
        assertTrue(Arrays.equals(new long[] {4, 3, 1, 1}, last.tensors().get("encoder.weight").shape()));
        assertTrue(last.tensors().containsKey("encoder.weight-momentum"), "optimizer state is saved");
    }

    @Test
    void resumedRunReproducesTheUninterruptedLossesExactly() throws IOException {
        ResolvedExperiment a = experiment("experiment.run-name=a", "train.max-steps=6");
        train(a, RunFolder.create(a.experiment(), Clock.systemUTC()));

        ResolvedExperiment b = experiment("experiment.run-name=b", "train.max-steps=3");
        train(b, RunFolder.create(b.experiment(), Clock.systemUTC()));
        ResolvedExperiment bContinued = experiment("experiment.run-name=b", "train.max-steps=6");
        TrainingReport resumed = train(bContinued, RunFolder.existing(runs.resolve("tiny").resolve("b")));
        assertEquals(6, resumed.steps());

        List<Double> lossesA = losses(runs.resolve("tiny").resolve("a"));
        List<Double> lossesB = losses(runs.resolve("tiny").resolve("b"));
        assertEquals(6, lossesA.size());
        assertEquals(lossesA, lossesB, "steps 0..2 before and 3..5 after the resume match bit for bit");
        assertTrue(lossesA.stream().distinct().count() > 1, "the loss changes from step to step");
        assertTrue(Files.exists(runs.resolve("tiny/b/config.resumed-at-00000003.conf")));
    }

    @Test
    void twoTowersTrainOnTwoVirtualCpus() throws IOException {
        // Conv2D + BiasAdd on a shared bias with oneDNN on: used to hang (see graph.TowerVariableReads)
        ResolvedExperiment experiment = experiment("experiment.run-name=towers", "train.max-steps=3",
                "train.devices=2", "model.encoder.bias-add=true");
        TrainingReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC())));
        assertEquals(3, report.steps());
        List<Double> losses = losses(runs.resolve("tiny/towers"));
        assertEquals(3, losses.size());
        assertTrue(losses.stream().allMatch(l -> Double.isFinite(l) && l > 0), losses.toString());
        assertTrue(losses.stream().distinct().count() > 1, "the parameters are updated: " + losses);
    }

    @Test
    void latestRunOfTheExperimentIsFound() {
        ResolvedExperiment first = experiment("experiment.run-name=first", "train.max-steps=1");
        train(first, RunFolder.create(first.experiment(), Clock.systemUTC()));
        assertEquals(runs.resolve("tiny/first"), RunFolder.latest(first.experiment()).dir());
    }

    @Test
    void truncatedCheckpointIsAClearError() throws IOException {
        ResolvedExperiment experiment = experiment("experiment.run-name=t", "train.max-steps=2");
        train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        Path checkpoint = runs.resolve("tiny/t/checkpoints/step-00000002.ckpt");
        byte[] bytes = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, Arrays.copyOf(bytes, bytes.length / 2));

        ResolvedExperiment more = experiment("experiment.run-name=t", "train.max-steps=4");
        JaywalkIoException e = assertThrows(JaywalkIoException.class,
                () -> train(more, RunFolder.existing(runs.resolve("tiny/t"))));
        assertTrue(e.getMessage().startsWith("checkpoint " + checkpoint + " is truncated or corrupt"), e.getMessage());
    }

    @Test
    void aStartRemovesWhatAKilledSaveLeft() throws IOException {
        ResolvedExperiment experiment = experiment("experiment.run-name=k", "train.max-steps=1");
        train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        Path checkpoints = runs.resolve("tiny/k/checkpoints");
        Path killed = Files.write(checkpoints.resolve(".step-00000002.ckpt." + UUID.randomUUID() + ".partial"),
                new byte[1000]);

        train(experiment, RunFolder.existing(runs.resolve("tiny/k"))); // nothing left to train: no save

        assertTrue(!Files.exists(killed), "removed when the run started");
        assertTrue(Files.exists(checkpoints.resolve("step-00000001.ckpt")));
    }

    @Test
    void existingRunWithCheckpointsIsNotOverwritten() {
        ResolvedExperiment experiment = experiment("experiment.run-name=x", "train.max-steps=1");
        train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        Exception e = assertThrows(RuntimeException.class, () -> RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    }

    @Test
    void initFromLoadsTensorsWithMatchingNameAndShape() {
        ResolvedExperiment source = experiment("experiment.run-name=src", "train.max-steps=1");
        train(source, RunFolder.create(source.experiment(), Clock.systemUTC()));
        Path checkpoint = runs.resolve("tiny/src/checkpoints/step-00000001.ckpt");

        try (TrainingComponents components = TrainingComponents.assemble(REGISTRY, experiment());
             TrainingGraph graph = components.buildGraph(experiment().train())) {
            graph.parameters().initialize(graph.session(), 1);
            WarmStart.Report same = WarmStart.apply(graph, new InitFrom(checkpoint, WeightFormat.AUTO, false));
            assertEquals(List.of("encoder.weight", "encoder.bias"), same.loaded());
            assertEquals(List.of(), same.notInModel(), "the same model: every tensor is used");
            assertEquals(CheckpointStore.read(checkpoint).tensors().get("encoder.bias").floats()[0],
                    graph.parameters().read(graph.session(), List.of("encoder.bias")).get("encoder.bias")[0]);
        }
        ResolvedExperiment wider = experiment("model.encoder.channels=5");
        try (TrainingComponents components = TrainingComponents.assemble(REGISTRY, wider);
             TrainingGraph graph = components.buildGraph(wider.train())) {
            graph.parameters().initialize(graph.session(), 1);
            ConfigError e = assertThrows(ConfigError.class,
                    () -> WarmStart.apply(graph, new InitFrom(checkpoint, WeightFormat.JAYWALK, false)));
            assertTrue(e.getMessage().contains("does not fit the model: 2 tensors have another shape: encoder.weight"),
                    e.getMessage());
        }
    }

    @Test
    void initFromAVideowalkCheckpointGoesOnWithTheEpochAfterItsOwn() throws IOException {
        ResolvedExperiment source = experiment("experiment.run-name=src", "train.max-steps=1");
        train(source, RunFolder.create(source.experiment(), Clock.systemUTC()));
        Path pth = runs.resolve("checkpoint.pth");
        PthWriter.write(pth, CheckpointStore.read(runs.resolve("tiny/src/checkpoints/step-00000001.ckpt")).tensors(), 1);

        ResolvedExperiment continued = experiment("experiment.run-name=dst", "train.epochs=3",
                "model.init-from={ file = \"" + pth.toString().replace("\\", "/") + "\", format = videowalk }");
        TrainingReport report = train(continued, RunFolder.create(continued.experiment(), Clock.systemUTC()));

        List<JsonNode> lines = metrics(runs.resolve("tiny/dst"));
        int batchesPerEpoch = 4; // tiny: 8 clips, batch 2
        assertEquals(2 * batchesPerEpoch, lines.get(0).get("step").asInt(), "epoch 1 ended: epoch 2 comes next");
        assertEquals(2, lines.get(0).get("epoch").asInt());
        assertEquals(3 * batchesPerEpoch, report.steps());
    }

    @Test
    void listenersHearEveryEventInOrderAndGetTheirFetchesEveryNSteps() throws IOException {
        ResolvedExperiment experiment = experiment("experiment.run-name=heard", "train.max-steps=5",
                "listeners=[{ type = recorder, every = 2 }]", "+evaluation.type=fixed");
        TrainingReport report = train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        List<String> events = Files.readAllLines(runs.resolve("tiny/heard").resolve(FakeComponents.RecorderFactory.FILE));
        List<String> expected = List.of(
                "graph clips,embeddings,transition/0-1,transition/1-0,walk/pair,target/pair", "start 0 5",
                "step 0 [mean] *", "step 1 []", "checkpoint 2 step-00000002.ckpt",
                "step 2 [mean] *", "step 3 []", "checkpoint 4 step-00000004.ckpt", "epoch 0 3",
                "step 4 [mean] *", "checkpoint 5 step-00000005.ckpt",
                "end 5", "evaluation score", "close");
        assertEquals(expected, events.stream().map(e -> e.replaceAll("\\] [0-9.E-]+$", "] *")).toList());
        for (String e : events) {
            if (e.contains("[mean] ")) {
                // rows of a transition matrix sum to 1: the mean of a [B, N, N] matrix with N = 2 nodes is 1/2
                assertEquals(0.5, Double.parseDouble(e.substring(e.lastIndexOf(' ') + 1)), 1e-6, e);
            }
        }
        assertEquals(0.5, report.evaluation().orElseThrow().metrics().get("score"));
    }

    @Test
    void aComponentReportsScalarsBesideTheLossDiagnostics() throws IOException {
        ResolvedExperiment experiment = experiment("experiment.run-name=scaled", "train.max-steps=2",
                "loss={ type = scaled, factor = 3, inner { type = xent } }");
        train(experiment, RunFolder.create(experiment.experiment(), Clock.systemUTC()));
        List<JsonNode> lines = metrics(runs.resolve("tiny/scaled"));
        assertEquals(3.0, lines.get(0).get("scale").asDouble(), lines.get(0).toString());
        assertTrue(lines.get(0).has("xent pair"), "the inner loss's diagnostics stay");
    }

    private ResolvedExperiment experiment(String... overrides) {
        List<String> all = new ArrayList<>(List.of(Experiments.outputDir(runs)));
        all.addAll(List.of(overrides));
        return new ExperimentLoader(REGISTRY).load(Experiments.tiny(), all);
    }

    private static TrainingReport train(ResolvedExperiment experiment, RunFolder run) {
        return CompositionRoot.trainer(REGISTRY, experiment, run).train();
    }

    private static List<JsonNode> metrics(Path run) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("metrics.jsonl"))) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<Double> losses(Path run) throws IOException {
        return metrics(run).stream().map(m -> m.get("loss").asDouble()).toList();
    }

    private static Path eventsFile(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents.")).findFirst().orElseThrow();
        }
    }
}
