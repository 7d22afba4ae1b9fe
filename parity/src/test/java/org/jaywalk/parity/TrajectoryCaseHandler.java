package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.Float64TrainingGraph;
import org.jaywalk.framework.graph.GraphOptions;
import org.jaywalk.framework.graph.KernelSelection;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginDiscovery;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.Trainer;
import org.jaywalk.plugins.crw.Adam;

/**
 * {@code trajectory-*}: K real Adam steps through the training loop ({@link Trainer}) on the {@code npz}
 * dataset replaying the case's batches, starting from formula weights via {@code model.init-from}; compares
 * each step's loss (from {@code metrics.jsonl}), then every parameter's norm and value and the batch-norm
 * statistics in the final checkpoint.
 */
public final class TrajectoryCaseHandler implements ReferenceCaseHandler {

    @Override
    public String prefix() {
        return "trajectory-";
    }

    /** Checks the case with each convolution kernel (see {@link TrainCaseHandler#KERNELS}), then its float64 proof. */
    @Override
    public void check(ReferenceCase c) throws IOException {
        for (String kernels : TrainCaseHandler.KERNELS) {
            check(c, kernels);
        }
        checkFloat64(c, TrainCaseHandler.KERNELS.get(0));
    }

    private void check(ReferenceCase c, String kernels) throws IOException {
        JsonNode s = c.settings();
        if (!"adam".equals(s.get("optimizer").asText())) {
            throw new IllegalArgumentException(c.name() + ": unsupported optimizer " + s.get("optimizer"));
        }
        Path work = Files.createTempDirectory("jaywalk-" + c.name());
        Path init = work.resolve("formula-weights.ckpt");
        FormulaCheckpoint.write(init, s);
        Path experiment = work.resolve(c.name() + ".conf");
        Files.writeString(experiment, experiment(c, init, work.resolve("runs"), kernels));

        ComponentRegistry registry = ComponentRegistry.build(new PluginDiscovery().discover(List.of()));
        ResolvedExperiment resolved = new ExperimentLoader(registry).load(experiment, List.of());
        RunFolder run = RunFolder.create(resolved.experiment(), Clock.systemUTC());
        CompositionRoot.trainer(registry, resolved, run).train();

        Map<String, HostArray> checkpoint = CheckpointFile.read(lastCheckpoint(run)).tensors();
        Map<String, double[]> params = new LinkedHashMap<>();
        checkpoint.forEach((name, array) -> params.put(name, Precision.widen(array.floats())));
        compare(c, kernels, Precision.FLOAT32, Precision.widen(losses(run.metricsFile())), params);
    }

    /**
     * The float64 proof: the same training graph (model, Adam, batch-norm updates) rebuilt in float64, run for
     * the case's steps directly (the float32 run above covers the training loop around it).
     */
    private static void checkFloat64(ReferenceCase c, String kernels) {
        JsonNode s = c.settings();
        Adam adam = new Adam(s.get("lr").asDouble(), s.get("betas").get(0).asDouble(), s.get("betas").get(1).asDouble(),
                s.get("eps").asDouble(), s.get("weight_decay").asDouble());
        int steps = c.shape("x")[0];
        double[] x = Precision.widen(c.floats("x")); // [K, B, T, N*3, P, P]
        int perStep = x.length / steps;
        double[] losses = new double[steps];
        try (Float64TrainingGraph graph = Float64TrainingGraph.build(ReferenceModels.model(s), adam,
                ReferenceModels.clipShape(s), GraphOptions.defaults().withKernels(KernelSelection.fixed(kernels)))) {
            Map<String, double[]> start = Precision.widen(ReferenceModels.formulaWeights(graph.parameters()));
            graph.parameters().entries(ParameterKind.OPTIMIZER_STATE).forEach(e ->
                    start.put(e.name(), new double[Math.toIntExact(ParameterStore.elements(e.shape()))]));
            graph.assign(start);
            for (int k = 0; k < steps; k++) {
                double[] batch = Arrays.copyOfRange(x, k * perStep, (k + 1) * perStep);
                Float64TrainingGraph.Step step = graph.run(batch,
                        StepRequest.train(adam.learningRate(), s.path("seed").asLong(0), k));
                losses[k] = referenceLoss(step.diagnostics());
            }
            List<String> names = new ArrayList<>();
            for (String prefix : List.of("norm:", "param:", "after:")) {
                c.keys(prefix).forEach(k -> names.add(k.substring(prefix.length())));
            }
            compare(c, kernels, Precision.FLOAT64, losses, graph.read(names.stream().distinct().toList()));
        }
    }

    /**
     * The loss as the reference's training loop records it: videowalk adds the walks' losses, in order, onto a
     * float32 {@code torch.tensor([0.])} and divides by their number, so even its float64 run logs a float32 loss
     * (the case's {@code losses} are float32 values). The same arithmetic on this graph's float64 walk losses.
     */
    private static double referenceLoss(Map<String, Double> diagnostics) {
        float sum = 0;
        int walks = 0;
        for (Map.Entry<String, Double> d : diagnostics.entrySet()) {
            if (d.getKey().startsWith("xent_")) {
                sum += (float) (double) d.getValue();
                walks++;
            }
        }
        return sum / walks;
    }

    private static void compare(ReferenceCase c, String kernels, Precision precision, double[] losses,
                                Map<String, double[]> params) {
        ToleranceReport report = new ToleranceReport(c.name() + " [kernels " + kernels + "]", precision);
        report.maxAbs(c, "losses", losses);
        c.keys("norm:").forEach(k -> report.scalar(c, k, TrainCaseHandler.norm(tensor(params, k, "norm:"))));
        c.keys("param:").forEach(k -> report.l2(c, k, tensor(params, k, "param:")));
        c.keys("after:").forEach(k -> report.maxAbs(c, k, tensor(params, k, "after:")));
        report.assertAllWithin();
    }

    private static String experiment(ReferenceCase c, Path init, Path runs, String kernels) {
        JsonNode s = c.settings();
        return """
                experiment { name = %s, output-dir = "%s", seed = %d }
                dataset { type = npz, file = "%s" }
                model {
                  encoder { type = resnet, depth = 18, padding = %s }
                  head { type = mlp, depth = %d }
                  init-from = "%s"
                }
                walk { type = palindrome, temperature = %s, edge-dropout = %s }
                loss { type = cycle-xent }
                optimizer { type = adam, lr = %s, betas = [%s, %s], eps = %s, weight-decay = %s }
                schedule { type = constant }
                train { epochs = 1, log-every = 1, checkpoint-every = 1000000, kernels = %s }
                """.formatted(c.name(), runs, s.path("seed").asLong(0), c.file(),
                ReferenceModels.padding(s).name().toLowerCase(java.util.Locale.ROOT),
                s.get("head_depth").asInt(), init, s.get("temperature").asText(), s.path("edge_dropout").asText("0"),
                s.get("lr").asText(), s.get("betas").get(0).asText(), s.get("betas").get(1).asText(),
                s.get("eps").asText(), s.get("weight_decay").asText(), kernels);
    }

    private static float[] losses(Path metrics) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(metrics);
        float[] out = new float[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) json.readTree(lines.get(i)).get("loss").asDouble();
        }
        return out;
    }

    private static Path lastCheckpoint(RunFolder run) throws IOException {
        try (Stream<Path> files = Files.list(run.checkpointsDir())) {
            return files.filter(p -> p.toString().endsWith(".ckpt")).max(Path::compareTo).orElseThrow();
        }
    }

    private static double[] tensor(Map<String, double[]> params, String key, String prefix) {
        String name = key.substring(prefix.length());
        double[] a = params.get(name);
        if (a == null) {
            throw new AssertionError("the final parameters have no tensor " + name);
        }
        return a;
    }
}
