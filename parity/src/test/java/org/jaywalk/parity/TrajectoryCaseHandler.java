package org.jaywalk.parity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.graph.SessionSettings;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.ClipShape;
import org.jaywalk.plugins.crw.Adam;

/**
 * {@code trajectory-*}: K real Adam steps on fixed batches; compares each step's loss, then every
 * parameter's norm and value and the batch-norm statistics after the last step.
 */
public final class TrajectoryCaseHandler implements ReferenceCaseHandler {

    @Override
    public String prefix() {
        return "trajectory-";
    }

    @Override
    public void check(ReferenceCase c) {
        var s = c.settings();
        if (!"adam".equals(s.get("optimizer").asText())) {
            throw new IllegalArgumentException(c.name() + ": unsupported optimizer " + s.get("optimizer"));
        }
        ToleranceReport report = new ToleranceReport(c.name());
        Adam adam = new Adam(s.get("lr").asDouble(), s.get("betas").get(0).asDouble(), s.get("betas").get(1).asDouble(),
                s.get("eps").asDouble(), s.get("weight_decay").asDouble());
        ClipShape shape = ReferenceModels.clipShape(s);
        int steps = s.get("steps").asInt();
        float[] all = c.floats("x");
        int per = shape.batchElements();
        try (TrainingGraph graph = TrainingGraph.build(ReferenceModels.model(s), adam, shape, SessionSettings.defaults())) {
            ReferenceModels.loadFormulaWeights(graph.parameters(), graph.session());
            ReferenceModels.zeroOptimizerState(graph.parameters(), graph.session());
            float[] losses = new float[steps];
            for (int k = 0; k < steps; k++) {
                float[] batch = Arrays.copyOfRange(all, k * per, (k + 1) * per);
                losses[k] = (float) graph.run(batch, new StepRequest(adam.learningRate(), 0, k, true, true, List.of())).loss();
            }
            report.maxAbs(c, "losses", losses);
            List<String> names = c.keys("norm:").stream().map(k -> k.substring("norm:".length())).toList();
            Map<String, float[]> params = graph.parameters().read(graph.session(), names);
            names.forEach(n -> report.scalar(c, "norm:" + n, TrainCaseHandler.norm(params.get(n))));
            c.keys("param:").forEach(k -> report.l2(c, k, params.get(k.substring("param:".length()))));
            BatchNormCheck.compareAfter(c, report, graph.parameters(), graph.session());
        }
        report.assertAllWithin();
    }
}
