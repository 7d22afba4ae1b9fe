package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jaywalk.framework.config.InitFrom;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.io.PthWriter;
import org.jaywalk.framework.io.VideowalkStateDict;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.testkit.FloatBits;
import org.jaywalk.framework.testkit.LiveTorch;
import org.jaywalk.framework.testkit.SharedData;
import org.jaywalk.framework.train.WarmStart;
import org.jaywalk.plugins.crw.Adam;
import org.jaywalk.plugins.crw.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model.init-from { file = checkpoint.pth, optimizer = true }} on videowalk's CRW (ResNet-18 and head,
 * Adam): the model, every Adam moment and the step count come from the checkpoint's {@code optimizer} state dict
 * (parameters matched by their index in {@code model.parameters()}), and training goes on with the epoch after
 * the checkpoint's.
 */
class VideowalkResumeTest {

    private static final JsonNode SETTINGS =
            ReferenceCase.load(ReferenceCaseDirectories.cases().get("train-palindrome")).settings();

    @TempDir
    Path dir;

    @Test
    void restoresAdamStateWrittenLikeTorch() {
        Path pth = dir.resolve("checkpoint.pth");
        try (TrainingGraph graph = graph(new Adam(1e-3, 0.9, 0.999, 1e-8, 0))) {
            Map<String, HostArray> expected = writeAdamCheckpoint(graph, pth);
            assertRestored(graph, pth, expected);
        }
    }

    @Test
    void restoresAdamStateOfARealVideowalkCheckpoint() {
        Path script = SharedData.projectRoot().resolve("parity/src/test/python/videowalk_checkpoint.py");
        LiveTorch.run(script, dir.toString());

        try (TrainingGraph graph = graph(new Adam(1e-3, 0.9, 0.999, 1e-8, 0))) {
            assertRestored(graph, dir.resolve("checkpoint.pth"), NpzArchive.readAll(dir.resolve("expected.npz")));
        }
    }

    @Test
    void refusesOptimizerStateItCannotPlace() {
        Path pth = dir.resolve("model-only.pth");
        try (TrainingGraph graph = graph(new Adam(1e-3, 0.9, 0.999, 1e-8, 0))) {
            Map<String, HostArray> model = new LinkedHashMap<>();
            graph.parameters().entries().stream().filter(e -> e.kind() != ParameterKind.OPTIMIZER_STATE)
                    .forEach(e -> model.put(e.name(), formula(e.name(), e.shape())));
            PthWriter.write(pth, model, 0);
            ConfigError none = assertThrows(ConfigError.class,
                    () -> WarmStart.apply(graph, new InitFrom(pth, WeightFormat.AUTO, true)));
            assertTrue(none.getMessage().startsWith("model.init-from.optimizer = true: " + pth
                    + ": it holds no optimizer state dict"), none.getMessage());
        }
        try (TrainingGraph graph = graph(new Sgd(0.1, 0.9, 0, 0, false))) {
            Path adam = dir.resolve("adam.pth");
            writeAdamCheckpoint(graph, adam);
            ConfigError sgd = assertThrows(ConfigError.class,
                    () -> WarmStart.apply(graph, new InitFrom(adam, WeightFormat.AUTO, true)));
            assertTrue(sgd.getMessage().contains("the model has no optimizer slot encoder.model.conv1.weight.adam_m"
                    + " (restoring videowalk's optimizer state needs optimizer.type = adam)"), sgd.getMessage());
        }
    }

    /**
     * Writes videowalk's {@code checkpoint.pth} after epoch 4 for {@code graph}'s model: formula weights and formula
     * Adam moments (step 7) for every trainable parameter, keyed by its index as {@code torch.optim.Adam} does.
     *
     * @return the moments ({@code m:NAME}, {@code v:NAME}) and the step, as the live script's {@code expected.npz}
     */
    private static Map<String, HostArray> writeAdamCheckpoint(TrainingGraph graph, Path pth) {
        Map<String, HostArray> expected = new LinkedHashMap<>();
        List<ParameterStore.Entry> parameters = graph.parameters().entries(ParameterKind.TRAINABLE);
        Map<String, HostArray> model = new LinkedHashMap<>();
        graph.parameters().entries().stream().filter(e -> e.kind() != ParameterKind.OPTIMIZER_STATE)
                .forEach(e -> model.put(e.name(), formula(e.name(), e.shape())));
        Map<Integer, Object> state = new LinkedHashMap<>();
        List<Object> indices = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterStore.Entry p = parameters.get(i);
            HostArray m = formula(p.name() + "#m", p.shape());
            HostArray v = formula(p.name() + "#v", p.shape());
            expected.put("m:" + p.name(), m);
            expected.put("v:" + p.name(), v);
            state.put(i, Map.of("step", HostArray.ofFloats(new long[0], 7f), "exp_avg", m, "exp_avg_sq", v));
            indices.add(i);
        }
        expected.put("step", HostArray.ofFloats(new long[0], 7f));
        PthWriter.write(pth, Map.of("model", VideowalkStateDict.of(model, List.of(), 7).stateDict(),
                "optimizer", Map.of("state", state, "param_groups", List.of(Map.of("lr", 1e-3, "params", indices))),
                "epoch", 4));
        return expected;
    }

    private static void assertRestored(TrainingGraph graph, Path pth, Map<String, HostArray> expected) {
        graph.parameters().initialize(graph.session(), 0);
        WarmStart.Report report = WarmStart.apply(graph, new InitFrom(pth, WeightFormat.AUTO, true));

        assertEquals(WeightFormat.VIDEOWALK, report.format());
        assertEquals(OptionalInt.of(5), report.startEpoch(), "epoch 4 ended: epoch 5 comes next");
        List<ParameterStore.Entry> parameters = graph.parameters().entries(ParameterKind.TRAINABLE);
        assertEquals(2 * parameters.size() + 1, report.optimizerState().size());
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.addAll(List.of(p.name() + ".adam_m", p.name() + ".adam_v")));
        names.add("adam.step");
        Map<String, float[]> restored = graph.parameters().read(graph.session(), names);
        for (ParameterStore.Entry p : parameters) {
            assertArrayEquals(FloatBits.of(expected.get("m:" + p.name()).floats()),
                    FloatBits.of(restored.get(p.name() + ".adam_m")), p.name());
            assertArrayEquals(FloatBits.of(expected.get("v:" + p.name()).floats()),
                    FloatBits.of(restored.get(p.name() + ".adam_v")), p.name());
        }
        assertEquals(expected.get("step").floats()[0], restored.get("adam.step")[0]);
    }

    private static TrainingGraph graph(Optimizer optimizer) {
        return TrainingGraph.build(ReferenceModels.model(SETTINGS), optimizer, ReferenceModels.clipShape(SETTINGS),
                SessionSettings.defaults());
    }

    private static HostArray formula(String name, long[] shape) {
        return HostArray.ofFloats(shape, FormulaWeights.values(name, shape));
    }
}
