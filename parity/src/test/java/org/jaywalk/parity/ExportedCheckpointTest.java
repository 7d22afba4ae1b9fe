package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.io.PthCheckpoint;
import org.jaywalk.framework.io.PthReader;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.testkit.FloatBits;
import org.jaywalk.framework.testkit.JaywalkCommand;
import org.jaywalk.framework.testkit.LiveTorch;
import org.jaywalk.framework.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jaywalk export --format videowalk-pth} of a CRW checkpoint (formula weights, Adam state): read back by
 * Jaywalk bit for bit, and (with a live PyTorch) loaded by {@code torch.load(weights_only=True)} into videowalk's
 * encoder with {@code strict=True}, whose features must match Jaywalk's within the {@code embed-} tolerances.
 */
class ExportedCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void exportedStateDictReadsBackBitForBit() {
        Map<String, HostArray> model = new LinkedHashMap<>();
        PthCheckpoint exported = export(model);

        Map<String, HostArray> expected = new LinkedHashMap<>();
        model.forEach((name, value) -> {
            expected.put(name, value);
            if (name.endsWith(".running_var")) {
                expected.put(name.replace(".running_var", ".num_batches_tracked"), HostArray.ofLongs(new long[0], 12));
            }
        });
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(exported.tensors().keySet()));
        expected.forEach((name, value) -> {
            HostArray back = exported.tensors().get(name);
            assertArrayEquals(value.shape(), back.shape(), name);
            assertEquals(value.dtype(), back.dtype(), name);
            if (value.dtype().isFloating()) {
                assertArrayEquals(FloatBits.of(value.floats()), FloatBits.of(back.floats()), name);
            } else {
                assertArrayEquals(value.longs(), back.longs(), name);
            }
        });
        assertEquals(Map.of("epoch", 2), exported.metadata());
    }

    @Test
    void torchLoadsTheExportAndComputesJaywalksFeatures() throws Exception {
        export(new LinkedHashMap<>());
        Path script = SharedData.projectRoot().resolve("parity/src/test/python/exported_features.py");

        LiveTorch.run(script, dir.toString(), "exported.pth", "scratch");

        ReferenceCase c = ReferenceCase.load(dir.resolve("embed-exported.npz"));
        assertEquals(2, c.settings().get("epoch").asInt());
        new EmbedCaseHandler().check(c);
    }

    /**
     * Writes the CRW model of {@code train-palindrome} (videowalk's scratch ResNet-18 and head) with formula weights
     * and formula Adam state as a checkpoint after 12 steps in epoch 3, exports it with the CLI and reads it back.
     *
     * @param model filled with the model tensors written
     */
    private PthCheckpoint export(Map<String, HostArray> model) {
        JsonNode settings = ReferenceCase.load(ReferenceCaseDirectories.cases().get("train-palindrome")).settings();
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        ObjectNode meta = JsonNodeFactory.instance.objectNode().put("step", 12).put("epoch", 3).put("index", 0)
                .put("seed", 0);
        try (TrainingGraph graph = TrainingGraph.build(ReferenceModels.model(settings),
                new org.jaywalk.plugins.crw.Adam(1e-4, 0.9, 0.999, 1e-8, 0), ReferenceModels.clipShape(settings),
                SessionSettings.defaults())) {
            for (ParameterStore.Entry e : graph.parameters().entries()) {
                HostArray value = HostArray.ofFloats(e.shape(), FormulaWeights.values(e.name(), e.shape()));
                tensors.put(e.name(), value);
                if (e.kind() == ParameterKind.OPTIMIZER_STATE) {
                    meta.withArray("optimizer_state").add(e.name());
                } else {
                    model.put(e.name(), value);
                }
            }
        }
        Path checkpoint = dir.resolve("step-00000012.ckpt");
        CheckpointFile.write(checkpoint, tensors, meta);
        Path pth = dir.resolve("exported.pth");
        StringWriter err = new StringWriter();
        int code = JaywalkCommand.run(new String[] {"export", checkpoint.toString(), "--format", "videowalk-pth",
                "--out", pth.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return PthReader.read(pth);
    }

}
