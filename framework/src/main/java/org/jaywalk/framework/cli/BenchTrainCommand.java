package org.jaywalk.framework.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import org.jaywalk.framework.train.TrainBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jaywalk bench train EXPERIMENT [key=value...] [--warmup N] [--steps N] [--json]}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Time training steps of an experiment on its real batches (nothing is written).")
final class BenchTrainCommand implements Callable<Integer> {

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed steps first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10", description = "Timed steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    BenchTrainCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws Exception {
        ComponentRegistry registry = ExperimentLoading.registry(arguments, plugins);
        TrainBenchmark.Result r = CompositionRoot.benchmark(registry,
                ExperimentLoading.load(arguments, registry)).run(warmup, steps);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(mapper.writeValueAsString(mapper.createObjectNode()
                    .put("clips_per_s", r.clipsPerSecond())
                    .put("s_per_step", r.secondsPerStep())
                    .put("steps_per_s", r.stepsPerSecond())
                    .put("compute_s_per_step", r.computeSecondsPerStep())
                    .put("cpu_s_per_step", r.cpuSecondsPerStep())
                    .put("steps", r.steps())
                    .put("warmup", r.warmup())
                    .put("batch_size", r.batchSize())
                    .put("threads", r.threads())));
        } else {
            out.printf(Locale.ROOT, "%.3f steps/s, %.4f s/step (%.4f s in TensorFlow), %.2f clips/s"
                            + " (batch %d, %d threads, %d timed steps after %d warm-up)%n",
                    r.stepsPerSecond(), r.secondsPerStep(), r.computeSecondsPerStep(), r.clipsPerSecond(),
                    r.batchSize(), r.threads(), r.steps(), r.warmup());
        }
        return ExitCodes.OK;
    }
}
