package org.jaywalk.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.graph.Float64TrainingGraph;
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

    /** What one step gave, widened to doubles: loss, diagnostics, probes and the running statistics after it. */
    private record Outcome(double loss, Map<String, Double> diagnostics, Map<String, double[]> probes,
                           Map<String, double[]> after) {
    }

    @Override
    public String prefix() {
        return "train-";
    }

    /** The kernel choices every training case is checked with ({@code train.kernels = conv} and {@code matmul}). */
    static final List<String> KERNELS = List.of("conv", "matmul");

    /**
     * Checks the case in float32 with each convolution kernel, then the float64 proof with the first (the others
     * pass it too, at the same margins, for 40% more test time; see docs/parity.md).
     */
    @Override
    public void check(ReferenceCase c) {
        for (String kernels : KERNELS) {
            check(c, kernels, Precision.FLOAT32);
        }
        check(c, KERNELS.get(0), Precision.FLOAT64);
    }

    private void check(ReferenceCase c, String kernels, Precision precision) {
        ToleranceReport report = new ToleranceReport(c.name() + " [kernels " + kernels + "]", precision);
        GraphOptions options = GraphOptions.defaults().withKernels(KernelSelection.fixed(kernels));
        Outcome r = precision == Precision.FLOAT32 ? runFloat32(c, options) : runFloat64(c, options);
        Map<String, double[]> p = r.probes();
        boolean proof = precision == Precision.FLOAT64;
        double gradientSeed = proof ? referenceGradientSeed(c) : 1;
        report.maxAbs(c, "q", p.get("q"));
        report.scalar(c, "loss", r.loss());
        for (String k : c.keys("diag:")) {
            double value = r.diagnostics().get(k.substring("diag:".length()));
            // the reference's accuracy is float32 by definition ((argmax == target).float().mean())
            report.scalar(c, k, proof && k.startsWith("diag:acc_") ? (float) value : value);
        }
        c.keys("walk:").forEach(k -> report.maxAbs(c, k, p.get(k)));
        c.keys("target:").forEach(k -> report.exact(c, k, p.get(k.replaceFirst("_targets$", ""))));
        for (String k : c.keys("gradnorm:")) {
            report.scalar(c, k, gradientSeed * norm(p.get("grad:" + k.substring("gradnorm:".length()))));
        }
        c.keys("grad:").forEach(k -> report.l2(c, k, scaled(p.get(k), gradientSeed)));
        c.keys("after:").forEach(k -> report.maxAbs(c, k, r.after().get(k.substring("after:".length()))));
        report.assertAllWithin();
    }

    /**
     * The factor between the reference's gradients and the exact ones: videowalk sums the walks' losses onto a
     * float32 {@code torch.tensor([0.])}, so its loss is {@code float32 sum / w} for {@code w} walks even in a
     * float64 run, and back-propagation starts every walk's gradient from {@code float32(1/w)} instead of
     * {@code 1/w}. Exactly 1 for 1, 2 or 4 walks; {@code 1 + 2.98e-8} for 3 (train-flip-zeropad).
     */
    private static double referenceGradientSeed(ReferenceCase c) {
        int walks = c.keys("diag:xent_").size();
        return walks * (double) (1f / walks);
    }

    private static double[] scaled(double[] v, double factor) {
        if (factor == 1) {
            return v;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    private static StepRequest request(ReferenceCase c) {
        List<String> probes = new ArrayList<>(List.of("q"));
        c.keys("walk:").forEach(probes::add);
        c.keys("target:").forEach(k -> probes.add(k.replaceFirst("_targets$", "")));
        c.keys("gradnorm:").forEach(k -> probes.add("grad:" + k.substring("gradnorm:".length())));
        return new StepRequest(0, 0, 0, false, true, probes);
    }

    private static List<String> statistics(ReferenceCase c) {
        return c.keys("after:").stream().map(k -> k.substring("after:".length())).toList();
    }

    private static Outcome runFloat32(ReferenceCase c, GraphOptions options) {
        try (TrainingGraph graph = TrainingGraph.build(ReferenceModels.model(c.settings()), null,
                ReferenceModels.clipShape(c.settings()), SessionSettings.defaults(), options)) {
            ReferenceModels.loadFormulaWeights(graph.parameters(), graph.session());
            StepResult r = graph.run(c.floats("x"), request(c));
            return new Outcome(r.loss(), r.diagnostics(), Precision.widen(r.probes()),
                    Precision.widen(graph.parameters().read(graph.session(), statistics(c))));
        }
    }

    private static Outcome runFloat64(ReferenceCase c, GraphOptions options) {
        try (Float64TrainingGraph graph = Float64TrainingGraph.build(ReferenceModels.model(c.settings()), null,
                ReferenceModels.clipShape(c.settings()), options)) {
            graph.assign(Precision.widen(ReferenceModels.formulaWeights(graph.parameters())));
            Float64TrainingGraph.Step r = graph.run(Precision.widen(c.floats("x")), request(c));
            return new Outcome(r.loss(), r.diagnostics(), r.probes(), graph.read(statistics(c)));
        }
    }

    static double norm(float[] v) {
        return norm(Precision.widen(v));
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
