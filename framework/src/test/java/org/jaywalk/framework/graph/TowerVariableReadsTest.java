package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.SessionSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.train.TrainingComponents;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.types.TFloat32;

/**
 * The second tower of a data-parallel graph reads the shared variables through identities on its own device,
 * and computes the same gradients as when it reads them directly.
 */
class TowerVariableReadsTest {

    private static final SessionSettings TWO_CPUS = GradientRun.TWO_CPUS;
    private static final List<String> DEVICES = List.of("/CPU:0", "/CPU:1");

    /** Gradient values of a small two-tower graph, its GraphDef and the identities created. */
    private record Run(List<float[]> gradients, GraphDef graphDef, List<String> reads) {
    }

    /**
     * Two towers sharing {@code w [3, 4]} and {@code b [4]} (no BiasAdd: the direct reads must not hang), each on
     * half of an {@code x [4, 3]}; tower 1 also assigns {@code c}, whose ref input must stay.
     */
    private static Run twoTowers(boolean localized) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Variable<TFloat32> w = tf.withName("w").variable(tf.constant(new float[][] {
                    {0.3f, -0.2f, 0.5f, 0.1f}, {-0.4f, 0.7f, 0.2f, -0.3f}, {0.6f, 0.1f, -0.5f, 0.4f}}));
            Variable<TFloat32> b = tf.withName("b").variable(tf.constant(new float[] {0.1f, -0.1f, 0.2f, 0f}));
            Variable<TFloat32> c = tf.withName("c").variable(tf.constant(0f));
            Operand<TFloat32> x = tf.constant(new float[][] {
                    {1f, 2f, -1f}, {0.5f, -0.5f, 2f}, {-1.5f, 1f, 0.25f}, {2f, 0f, -2f}});
            List<Ops> towers = new ArrayList<>();
            List<Operand<TFloat32>> losses = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                Ops t = tf.withDevice(DeviceNames.parse(DEVICES.get(k)));
                towers.add(t);
                Operand<TFloat32> half = t.slice(x, t.constant(new int[] {2 * k, 0}), t.constant(new int[] {2, 3}));
                Operand<TFloat32> h = t.math.tanh(t.math.add(t.linalg.matMul(half, w), b));
                Operand<TFloat32> p = t.nn.softmax(h);
                losses.add(t.math.mean(t.math.mul(p, h), t.constant(new int[] {0, 1})));
            }
            towers.get(1).withName("assign_c").assign(c, towers.get(1).constant(1f));
            List<String> reads = new ArrayList<>();
            if (localized) {
                TowerVariableReads.localize(towers.get(1), 1, towers.get(0), List.of(w, b, c))
                        .forEach(r -> reads.add(r.op().name()));
            }
            Operand<TFloat32> loss = tf.math.div(tf.math.addN(losses), tf.constant(2f));
            Output<?>[] xs = {w.asOutput(), b.asOutput()};
            Output<?>[] grads = GradientPlacement.addGradients(graph, loss.asOutput(), xs);
            List<float[]> values = GradientRun.values(graph, grads);
            return new Run(values, graph.toGraphDef(), reads);
        }
    }

    @Test
    void secondTowerReadsThroughIdentitiesOnItsDeviceWithUnchangedGradients() {
        Run direct = twoTowers(false);
        Run localized = twoTowers(true);
        for (int i = 0; i < direct.gradients().size(); i++) {
            assertArrayEquals(direct.gradients().get(i), localized.gradients().get(i), 1e-6f, "gradient " + i);
        }
        assertEquals(List.of("tower1.read.w", "tower1.read.b"), localized.reads(), "c is only assigned");
        Map<String, NodeDef> nodes = nodes(localized.graphDef());
        for (String read : localized.reads()) {
            assertEquals("Identity", nodes.get(read).getOp());
            assertTrue(nodes.get(read).getDevice().endsWith("CPU:1"), read + " on " + nodes.get(read).getDevice());
        }
        assertEquals(List.of(), directReads(nodes, "CPU:1", Set.of("w", "b")), "tower 1 reads no ref");
        assertTrue(directReads(nodes, "CPU:0", Set.of("w", "b")).size() >= 2, "tower 0 keeps its direct reads");
        assertEquals("c", nodes.get("assign_c").getInput(0), "assignments keep their ref");
    }

    @Test
    void twoTowerTrainingGraphReadsEveryVariableOnTheSecondDeviceThroughAnIdentity() {
        ComponentRegistry registry = Experiments.registry();
        ResolvedExperiment experiment = new ExperimentLoader(registry).load(Experiments.tiny(), List.of());
        try (TrainingComponents components = TrainingComponents.assemble(registry, experiment);
             TrainingGraph two = TrainingGraph.build(components.model(), components.optimizer(),
                     components.dataset().shape(), TWO_CPUS, GraphOptions.defaults().withDevices(DEVICES))) {
            Map<String, NodeDef> nodes = nodes(two.session().graph().toGraphDef());
            Set<String> variables = Set.copyOf(two.parameters().entries().stream()
                    .map(e -> e.variable().op().name()).toList());
            List<String> forward = nodes.values().stream()
                    .filter(n -> n.getDevice().endsWith("CPU:1") && !n.getName().startsWith("gradients/"))
                    .map(NodeDef::getName).toList();
            assertTrue(forward.size() > 10, "tower 1 has ops: " + forward);
            assertEquals(List.of(), directReads(nodes, "CPU:1", variables), "tower 1 reads no ref");
            long reads = nodes.values().stream().filter(n -> n.getName().startsWith("tower1.read.")).peek(n -> {
                assertEquals("Identity", n.getOp(), n.getName());
                assertTrue(n.getDevice().endsWith("CPU:1"), n.getName() + " on " + n.getDevice());
                assertTrue(variables.contains(n.getInput(0)), n.getName() + " reads " + n.getInput(0));
            }).count();
            assertTrue(reads >= 2, "identities: " + reads);
        }
    }

    private static Map<String, NodeDef> nodes(GraphDef def) {
        Map<String, NodeDef> nodes = new HashMap<>();
        def.getNodeList().forEach(n -> nodes.put(n.getName(), n));
        return nodes;
    }

    /** Non-Identity ops on {@code device} with a data input straight from one of {@code variables}. */
    private static List<String> directReads(Map<String, NodeDef> nodes, String device, Set<String> variables) {
        return nodes.values().stream()
                .filter(n -> n.getDevice().endsWith(device) && !n.getOp().equals("Identity"))
                .filter(n -> n.getInputList().stream().anyMatch(i -> variables.contains(i.split(":")[0])))
                .map(n -> n.getName() + " (" + n.getOp() + ")").toList();
    }
}
