package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.GraphOptions;
import org.jaywalk.framework.graph.ModelComponents;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.plugins.crw.CycleCrossEntropy;
import org.jaywalk.plugins.crw.MlpHead;
import org.jaywalk.plugins.crw.PalindromeWalks;
import org.jaywalk.plugins.crw.Sgd;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;

/**
 * In-graph replication on two virtual CPU devices: a 2-tower step on a batch of 2 clips must give the mean
 * of the losses and gradients of 1-tower steps on each clip alone (per-tower batch norm, as nn.DataParallel),
 * and the running statistics of the first tower; with synchronized batch norm, a 2-tower training step must
 * update weights and running statistics exactly as a 1-tower step on the whole batch. Each tower's backward
 * pass runs on its device.
 */
class DataParallelTest {

    private static final ClipShape FULL = new ClipShape(2, 3, 4, 32, 32);
    private static final ClipShape HALF = new ClipShape(1, 3, 4, 32, 32);
    private static final SessionSettings TWO_CPUS = new SessionSettings(0, 0, 2);
    private static final List<String> TOWERS = List.of("/CPU:0", "/CPU:1");

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

    private record Step(StepResult result, Map<String, float[]> state, long opsOnSecondDevice,
                        long gradientOpsOnSecondDevice) {
    }

    /** One step: gradients as probes; with an optimizer, the update applied and {@code state} the new weights. */
    private static Step step(ClipShape shape, GraphOptions options, float[] batch, Optimizer optimizer) {
        try (TrainingGraph g = TrainingGraph.build(model(), optimizer, shape, TWO_CPUS, options)) {
            g.parameters().initialize(g.session(), 0);
            ReferenceModels.loadFormulaWeights(g.parameters(), g.session());
            List<String> grads = g.parameters().entries(ParameterKind.TRAINABLE).stream().map(e -> "grad:" + e.name()).toList();
            StepResult r = g.run(batch, new StepRequest(optimizer == null ? 0 : 0.1, 0, 0, optimizer != null, true, grads));
            List<String> state = g.parameters().entries().stream().filter(e -> e.kind() != ParameterKind.OPTIMIZER_STATE)
                    .map(ParameterStore.Entry::name).toList();
            long onSecond = 0;
            long gradientsOnSecond = 0;
            for (var it = g.session().graph().operations(); it.hasNext(); ) {
                var op = it.next();
                if (op.device().endsWith("CPU:1")) {
                    onSecond++;
                    if (op.name().startsWith("gradients/")) {
                        gradientsOnSecond++;
                    }
                }
            }
            return new Step(r, g.parameters().read(g.session(), state), onSecond, gradientsOnSecond);
        }
    }

    private static Step step(ClipShape shape, List<String> devices, float[] batch) {
        return step(shape, GraphOptions.defaults().withDevices(devices), batch, null);
    }

    @Test
    void twoTowersAverageTheHalvesLossesAndGradients() {
        float[] x = clips();
        int half = HALF.batchElements();
        Step both = step(FULL, TOWERS, x);
        Step a = step(HALF, List.of(), Arrays.copyOfRange(x, 0, half));
        Step b = step(HALF, List.of(), Arrays.copyOfRange(x, half, 2 * half));

        assertTrue(both.opsOnSecondDevice() > 100, "the second tower's forward ops are placed on /CPU:1");
        assertTrue(both.gradientOpsOnSecondDevice() > 100, "so are its gradient ops");
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
            if (!e.getKey().contains("running_")) {
                continue;
            }
            float[] first = a.state().get(e.getKey());
            for (int i = 0; i < first.length; i++) {
                assertEquals(first[i], e.getValue()[i], 1e-5, e.getKey() + " follows the first tower");
            }
        }
    }

    @Test
    void synchronizedBatchNormTrainsTwoTowersExactlyAsOneTowerOnTheWholeBatch() {
        float[] x = clips();
        Optimizer sgd = new Sgd(0.1, 0.9, 0, 1e-4, false);
        Step one = step(FULL, GraphOptions.defaults(), x, sgd);
        Step synced = step(FULL, GraphOptions.defaults().withDevices(TOWERS).withSynchronizedBatchNorm(true), x, sgd);
        Step perTower = step(FULL, GraphOptions.defaults().withDevices(TOWERS), x, sgd);

        assertTrue(synced.opsOnSecondDevice() > 100, "the second tower's forward ops are placed on /CPU:1");
        assertEquals(one.result().loss(), synced.result().loss(), 1e-5, "loss");
        assertTrue(maxDifference(one.state(), perTower.state()) > 1e-3,
                "per-tower batch norm updates differently from the whole batch's, so the check below can fail");
        double worst = maxDifference(one.state(), synced.state());
        assertTrue(worst <= 1e-5, "updated weights and running statistics differ by up to " + worst);
    }

    /** The largest absolute difference between same-named tensors. */
    private static double maxDifference(Map<String, float[]> expected, Map<String, float[]> actual) {
        double worst = 0;
        for (Map.Entry<String, float[]> e : expected.entrySet()) {
            float[] other = actual.get(e.getKey());
            for (int i = 0; i < other.length; i++) {
                worst = Math.max(worst, Math.abs(e.getValue()[i] - other[i]));
            }
        }
        return worst;
    }
}
