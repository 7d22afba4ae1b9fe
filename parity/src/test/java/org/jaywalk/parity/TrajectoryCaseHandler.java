package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginDiscovery;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.Trainer;

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

    /** Checks the case with each convolution kernel (see {@link TrainCaseHandler#KERNELS}). */
    @Override
    public void check(ReferenceCase c) throws IOException {
        for (String kernels : TrainCaseHandler.KERNELS) {
            check(c, kernels);
        }
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

        ToleranceReport report = new ToleranceReport(c.name() + " [kernels " + kernels + "]");
        report.maxAbs(c, "losses", losses(run.metricsFile()));
        Map<String, HostArray> params = CheckpointFile.read(lastCheckpoint(run)).tensors();
        c.keys("norm:").forEach(k -> report.scalar(c, k, TrainCaseHandler.norm(floats(params, k, "norm:"))));
        c.keys("param:").forEach(k -> report.l2(c, k, floats(params, k, "param:")));
        c.keys("after:").forEach(k -> report.maxAbs(c, k, floats(params, k, "after:")));
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

    private static float[] floats(Map<String, HostArray> params, String key, String prefix) {
        String name = key.substring(prefix.length());
        HostArray a = params.get(name);
        if (a == null) {
            throw new AssertionError("the final checkpoint has no tensor " + name);
        }
        return a.floats();
    }
}
