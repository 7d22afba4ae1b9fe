package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.eval.ModelEvaluation;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jaywalk eval EXPERIMENT --checkpoint FILE [key=value...] [--out DIR]}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate weights with the evaluator of the experiment's evaluation block "
                + "(e.g. evaluation.root=DIR to point it at a dataset).")
final class EvalCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE",
            description = "The weights: a Jaywalk checkpoint (.ckpt) or a videowalk .pth.")
    Path checkpoint;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default <output-dir>/<name>/eval-<yyyyMMdd-HHmmss>/).")
    Path out;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    EvalCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        ComponentRegistry registry = ExperimentLoading.registry(arguments, plugins);
        ResolvedExperiment experiment = ExperimentLoading.load(arguments, registry);
        ModelEvaluation.requireEvaluationBlock(experiment);
        Path folder = out != null ? out
                : experiment.experiment().runsFolder().resolve("eval-" + LocalDateTime.now().format(STAMP));
        EvaluationResult result = CompositionRoot.evaluation(registry, experiment).evaluate(experiment, checkpoint, folder, progress());
        EvaluationPrinter.print(spec.commandLine().getOut(), result, folder);
        return ExitCodes.OK;
    }

    /** One line on stderr per finished task. */
    private EvaluationProgress progress() {
        return (task, done, total) -> {
            if (done == total) {
                spec.commandLine().getErr().printf("%s: %d/%d%n", task, done, total);
            }
        };
    }
}
