package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.Initializer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.io.HostArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

class StoredWeightsTest {

    @TempDir
    Path dir;

    @Test
    void readsVideowalkWrappedConvolutionNames() {
        assertEquals("encoder.model.layer1.0.conv1.weight", renamed("encoder.model.layer1.0.conv1.1.weight"));
        assertEquals("encoder.model.layer2.1.conv2.weight", renamed("encoder.model.layer2.1.conv2.1.weight"));
        assertEquals("encoder.model.conv1.weight", renamed("encoder.model.conv1.weight"));
        assertEquals("selfsim_fc.1.weight", renamed("selfsim_fc.1.weight"));
    }

    private static String renamed(String name) {
        return WeightFormat.VIDEOWALK.map(Map.of(name, HostArray.ofFloats(new long[] {1}, 0f))).tensors().keySet()
                .iterator().next();
    }

    @Test
    void assignsEveryEntryAndSkipsTensorsTheModelLacks() {
        Path file = dir.resolve("w.ckpt");
        CheckpointFile.write(file, Map.of("a", HostArray.ofFloats(new long[] {2}, 1f, 2f),
                "layer4.x", HostArray.ofFloats(new long[] {1}, 9f)), new ObjectMapper().createObjectNode());
        try (Graph g = new Graph()) {
            VariableStore store = new VariableStore(Ops.create(g));
            store.trainable("a", new long[] {2}, Initializer.constant(0f));
            store.prepareAssignments();
            try (Session s = new Session(g)) {
                StoredWeights.read(file).assignTo(store, s);
                assertArrayEquals(new float[] {1f, 2f}, store.read(s, List.of("a")).get("a"));
            }
        }
    }

    @Test
    void missingOrMisShapedEntriesAreNamed() {
        Path file = dir.resolve("w.ckpt");
        CheckpointFile.write(file, Map.of("a", HostArray.ofFloats(new long[] {3}, 1f, 2f, 3f)),
                new ObjectMapper().createObjectNode());
        try (Graph g = new Graph()) {
            VariableStore store = new VariableStore(Ops.create(g));
            store.trainable("a", new long[] {2}, Initializer.constant(0f));
            store.trainable("b", new long[] {1}, Initializer.constant(0f));
            try (Session s = new Session(g)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> StoredWeights.read(file).assignTo(store, s));
                assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("1 tensors missing [b]")
                        && e.getMessage().contains("a [3] (expected [2])"), e.getMessage());
            }
        }
    }
}
