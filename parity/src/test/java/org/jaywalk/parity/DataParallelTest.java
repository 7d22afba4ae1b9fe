package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.ModelComponents;
import org.jaywalk.framework.graph.ParameterKind;
import org.jaywalk.framework.graph.ParameterStore;
import org.jaywalk.framework.graph.SessionSettings;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.ClipShape;
import org.jaywalk.plugins.crw.CycleCrossEntropy;
import org.jaywalk.plugins.crw.MlpHead;
import org.jaywalk.plugins.crw.PalindromeWalks;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;

/**
 * In-graph replication on two virtual CPU devices: a 2-tower step on a batch of 2 clips must give the mean
 * of the losses and gradients of 1-tower steps on each clip alone (per-tower batch norm, as nn.DataParallel),
 * and the running statistics of the first tower.
 */
class DataParallelTest {

    private static final ClipShape FULL = new ClipShape(2, 3, 4, 32, 32);
    private static final ClipShape HALF = new ClipShape(1, 3, 4, 32, 32);

    private static ModelComponents model() {
        return new ModelComponents(new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")), new MlpHead(0, 64, 0),
                new PalindromeWalks(0.07, 0, false), new CycleCrossEntropy());
    }

    private static float[] clips() {
        float[] x = new float[FULL.batchElements()];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    private record Step(StepResult result, Map<String, float[]> state, long opsOnSecondDevice) {
    }

    private static Step step(ClipShape shape, List<String> devices, float[] batch, SessionSettings settings) {
        try (TrainingGraph g = TrainingGraph.build(model(), null, shape, settings, devices)) {
            ReferenceModels.loadFormulaWeights(g.parameters(), g.session());
            List<String> grads = g.parameters().entries(ParameterKind.TRAINABLE).stream().map(e -> "grad:" + e.name()).toList();
            StepResult r = g.run(batch, new StepRequest(0, 0, 0, false, true, grads));
            List<String> buffers = g.parameters().entries(ParameterKind.BUFFER).stream().map(ParameterStore.Entry::name).toList();
            long onSecond = 0;
            for (var it = g.session().graph().operations(); it.hasNext(); ) {
                if (it.next().device().endsWith("CPU:1")) {
                    onSecond++;
                }
            }
            return new Step(r, g.parameters().read(g.session(), buffers), onSecond);
        }
    }

    @Test
    void twoTowersAverageTheHalvesLossesAndGradients() {
        float[] x = clips();
        int half = HALF.batchElements();
        SessionSettings twoCpus = new SessionSettings(0, 0, 2);
        Step both = step(FULL, List.of("/CPU:0", "/CPU:1"), x, twoCpus);
        Step a = step(HALF, List.of(), Arrays.copyOfRange(x, 0, half), twoCpus);
        Step b = step(HALF, List.of(), Arrays.copyOfRange(x, half, 2 * half), twoCpus);

        assertTrue(both.opsOnSecondDevice() > 100, "the second tower's forward ops are placed on /CPU:1");
        assertEquals((a.result().loss() + b.result().loss()) / 2, both.result().loss(), 1e-5);
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, float[]> e : both.result().probes().entrySet()) {
            if (!e.getKey().startsWith("grad:")) {
                continue;
            }
            float[] ga = a.result().probes().get(e.getKey());
            float[] gb = b.result().probes().get(e.getKey());
            double diff = 0, norm = 0;
            for (int i = 0; i < ga.length; i++) {
                double mean = (ga[i] + gb[i]) / 2.0;
                diff += (e.getValue()[i] - mean) * (e.getValue()[i] - mean);
                norm += mean * mean;
            }
            if (Math.sqrt(diff) > 1e-4 * Math.sqrt(norm) + 1e-7) {
                misses.add(e.getKey() + " relative error " + Math.sqrt(diff / norm));
            }
        }
        assertTrue(misses.isEmpty(), "gradients differ from the mean of the halves: " + misses);
        for (Map.Entry<String, float[]> e : both.state().entrySet()) {
            float[] first = a.state().get(e.getKey());
            for (int i = 0; i < first.length; i++) {
                assertEquals(first[i], e.getValue()[i], 1e-5, e.getKey() + " follows the first tower");
            }
        }
    }
}
