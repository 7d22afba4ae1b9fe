package org.jaywalk.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.graph.GraphOptions;
import org.jaywalk.framework.graph.KernelSelection;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;

/**
 * {@code train-*}: one training-mode forward and backward; compares embeddings, walks, loss, diagnostics,
 * Sinkhorn targets, every gradient (norms and whole tensors) and the batch-norm statistics after the step.
 */
public final class TrainCaseHandler implements ReferenceCaseHandler {

    @Override
    public String prefix() {
        return "train-";
    }

    /** Checks the case with each convolution kernel ({@code train.kernels = conv} and {@code matmul}). */
    @Override
    public void check(ReferenceCase c) {
        for (String kernels : KERNELS) {
            check(c, kernels);
        }
    }

    /** The kernel choices every training case is checked with. */
    static final List<String> KERNELS = List.of("conv", "matmul");

    private void check(ReferenceCase c, String kernels) {
        ToleranceReport report = new ToleranceReport(c.name() + " [kernels " + kernels + "]");
        try (TrainingGraph graph = TrainingGraph.build(ReferenceModels.model(c.settings()), null,
                ReferenceModels.clipShape(c.settings()), SessionSettings.defaults(),
                GraphOptions.defaults().withKernels(KernelSelection.fixed(kernels)))) {
            ReferenceModels.loadFormulaWeights(graph.parameters(), graph.session());
            List<String> probes = new ArrayList<>(List.of("q"));
            c.keys("walk:").forEach(probes::add);
            c.keys("target:").forEach(k -> probes.add(k.replaceFirst("_targets$", "")));
            c.keys("gradnorm:").forEach(k -> probes.add("grad:" + k.substring("gradnorm:".length())));
            StepResult r = graph.run(c.floats("x"), new StepRequest(0, 0, 0, false, true, probes));
            Map<String, float[]> p = r.probes();
            report.maxAbs(c, "q", p.get("q"));
            report.scalar(c, "loss", r.loss());
            c.keys("diag:").forEach(k -> report.scalar(c, k, r.diagnostics().get(k.substring("diag:".length()))));
            c.keys("walk:").forEach(k -> report.maxAbs(c, k, p.get(k)));
            c.keys("target:").forEach(k -> report.exact(c, k, p.get(k.replaceFirst("_targets$", ""))));
            for (String k : c.keys("gradnorm:")) {
                float[] g = p.get("grad:" + k.substring("gradnorm:".length()));
                report.scalar(c, k, norm(g));
            }
            c.keys("grad:").forEach(k -> report.l2(c, k, p.get(k)));
            BatchNormCheck.compareAfter(c, report, graph.parameters(), graph.session());
        }
        report.assertAllWithin();
    }

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }
}
