package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.SessionSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.train.TrainingComponents;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.types.TFloat32;

/**
 * Gradient ops of a data-parallel graph run on their towers' devices (two virtual CPU devices here) and
 * compute exactly what the unplaced gradients compute.
 */
class GradientPlacementTest {

    private static final SessionSettings TWO_CPUS = GradientRun.TWO_CPUS;
    private static final List<String> DEVICES = List.of("/CPU:0", "/CPU:1");

    /** Gradient values of a small two-tower graph, and its GraphDef. */
    private record Gradients(List<float[]> values, GraphDef graphDef) {
    }

    /**
     * Two towers sharing {@code w [3, 4]} and {@code b [4]}, each on half of an {@code x [4, 3]}: slice,
     * matmul, bias, tanh, softmax, mean; the loss is the towers' mean.
     */
    private static Gradients twoTowers(boolean placed) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Variable<TFloat32> w = tf.withName("w").variable(tf.constant(new float[][] {
                    {0.3f, -0.2f, 0.5f, 0.1f}, {-0.4f, 0.7f, 0.2f, -0.3f}, {0.6f, 0.1f, -0.5f, 0.4f}}));
            Variable<TFloat32> b = tf.withName("b").variable(tf.constant(new float[] {0.1f, -0.1f, 0.2f, 0f}));
            Operand<TFloat32> x = tf.constant(new float[][] {
                    {1f, 2f, -1f}, {0.5f, -0.5f, 2f}, {-1.5f, 1f, 0.25f}, {2f, 0f, -2f}});
            List<Operand<TFloat32>> losses = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                Ops t = tf.withDevice(DeviceNames.parse(DEVICES.get(k)));
                Operand<TFloat32> half = t.slice(x, t.constant(new int[] {2 * k, 0}), t.constant(new int[] {2, 3}));
                Operand<TFloat32> h = t.math.tanh(t.nn.biasAdd(t.linalg.matMul(half, w), b));
                Operand<TFloat32> p = t.nn.softmax(h);
                losses.add(t.math.mean(t.math.mul(p, h), t.constant(new int[] {0, 1})));
            }
            Operand<TFloat32> loss = tf.math.div(tf.math.addN(losses), tf.constant(2f));
            Output<?>[] xs = {w.asOutput(), b.asOutput()};
            Output<?>[] grads = placed ? GradientPlacement.addGradients(graph, loss.asOutput(), xs)
                    : graph.addGradients(loss.asOutput(), xs);
            List<float[]> values = GradientRun.values(graph, grads);
            return new Gradients(values, graph.toGraphDef());
        }
    }

    @Test
    void gradientOpsFollowTheirForwardOpsAndComputeTheSameValues() {
        Gradients unplaced = twoTowers(false);
        Gradients placed = twoTowers(true);
        for (int i = 0; i < placed.values().size(); i++) {
            assertArrayEquals(unplaced.values().get(i), placed.values().get(i), "gradient " + i + " is unchanged");
        }
        assertTrue(unplaced.graphDef().getNodeList().stream()
                .filter(n -> n.getName().startsWith("gradients/")).allMatch(n -> n.getDevice().isEmpty()),
                "addGradients alone places nothing");
        Placement p = Placement.of(placed.graphDef());
        assertTrue(p.consumersOfTower(1).size() > 5, "tower 1's backward pass has ops: " + p.consumersOfTower(1));
        assertEquals(List.of(), p.misplaced(0), "gradient ops reading tower 0's tensors run on /CPU:0");
        assertEquals(List.of(), p.misplaced(1), "gradient ops reading tower 1's tensors run on /CPU:1");
        assertTrue(p.countOn(1) >= p.consumersOfTower(1).size(), "constants of tower 1's gradients follow them");
    }

    @Test
    void twoTowerGraphMatchesTheUnplacedOneDeviceGraphAndStepsTheSame() {
        ComponentRegistry registry = Experiments.registry();
        // no dropout: the 2-tower graph then computes exactly the 1-device graph's function; with BiasAdd, which
        // hung before the towers read the variables through TowerVariableReads
        ResolvedExperiment experiment = new ExperimentLoader(registry).load(Experiments.tiny(),
                List.of("model.head.dropout=0", "model.encoder.bias-add=true"));
        try (TrainingComponents components = TrainingComponents.assemble(registry, experiment);
             TrainingGraph one = TrainingGraph.build(components.model(), components.optimizer(),
                     components.dataset().shape(), TWO_CPUS);
             TrainingGraph two = TrainingGraph.build(components.model(), components.optimizer(),
                     components.dataset().shape(), TWO_CPUS, GraphOptions.defaults().withDevices(DEVICES))) {
            float[] batch = components.dataset().batch(0, 0).data();
            List<String> names = one.parameters().entries(ParameterKind.TRAINABLE).stream()
                    .map(ParameterStore.Entry::name).toList();
            List<String> grads = names.stream().map(n -> "grad:" + n).toList();
            one.parameters().initialize(one.session(), 5);
            two.parameters().initialize(two.session(), 5);

            StepResult a = one.run(batch, new StepRequest(0.1, 7, 0, true, true, grads));
            StepResult b = two.run(batch, new StepRequest(0.1, 7, 0, true, true, grads));
            assertEquals(a.loss(), b.loss(), 1e-6 * Math.abs(a.loss()));
            for (String g : grads) {
                assertClose(a.probes().get(g), b.probes().get(g), 1e-6, g);
            }
            Map<String, float[]> after1 = one.parameters().read(one.session(), names);
            Map<String, float[]> after2 = two.parameters().read(two.session(), names);
            for (String n : names) {
                assertClose(after1.get(n), after2.get(n), 1e-6, n + " after one update");
            }

            Placement p = Placement.of(two.session().graph().toGraphDef());
            assertTrue(p.consumersOfTower(1).size() > 20, "tower 1's backward pass: " + p.consumersOfTower(1).size());
            assertEquals(List.of(), p.misplaced(1), "gradient ops reading tower 1's tensors run on /CPU:1");
            assertEquals(List.of(), p.misplaced(0), "gradient ops reading tower 0's tensors run on /CPU:0");
        }
    }

    private static void assertClose(float[] expected, float[] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what);
        double diff = 0, norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (expected[i] - actual[i]) * (double) (expected[i] - actual[i]);
            norm += expected[i] * (double) expected[i];
        }
        assertTrue(Math.sqrt(diff) <= relative * Math.sqrt(norm) + 1e-12,
                what + ": relative error " + Math.sqrt(diff / norm));
    }

    /** The gradient ops (under {@code gradients/}) of a GraphDef and the forward ops' devices. */
    private record Placement(Map<String, NodeDef> nodes) {

        static Placement of(GraphDef def) {
            Map<String, NodeDef> nodes = new HashMap<>();
            def.getNodeList().forEach(n -> nodes.put(n.getName(), n));
            return new Placement(nodes);
        }

        private static boolean isGradient(NodeDef n) {
            return n.getName().startsWith("gradients/");
        }

        private static boolean onTower(NodeDef n, int tower) {
            return n.getDevice().endsWith("CPU:" + tower);
        }

        /** Gradient ops with a data input from a forward op of the tower. */
        List<String> consumersOfTower(int tower) {
            List<String> out = new ArrayList<>();
            for (NodeDef n : nodes.values()) {
                if (!isGradient(n)) {
                    continue;
                }
                for (String input : n.getInputList()) {
                    if (input.startsWith("^")) {
                        continue;
                    }
                    NodeDef producer = nodes.get(input.split(":")[0]);
                    if (!isGradient(producer) && onTower(producer, tower)) {
                        out.add(n.getName());
                        break;
                    }
                }
            }
            return out;
        }

        /** Consumers of the tower's forward tensors not on the tower's device, with where they are. */
        List<String> misplaced(int tower) {
            return consumersOfTower(tower).stream().filter(name -> !onTower(nodes.get(name), tower))
                    .map(name -> name + " on '" + nodes.get(name).getDevice() + "'").toList();
        }

        long countOn(int tower) {
            return nodes.values().stream().filter(n -> isGradient(n) && onTower(n, tower)).count();
        }
    }
}
