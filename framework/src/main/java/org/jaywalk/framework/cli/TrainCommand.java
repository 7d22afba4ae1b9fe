package org.jaywalk.framework.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.io.ProcessLock;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.train.ClusterTasks;
import org.jaywalk.framework.train.ResumedSettings;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jaywalk train EXPERIMENT [key=value...] [--resume [RUN_DIR]]}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an experiment in a new run folder, or resume a run.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Option(names = "--resume", arity = "0..1", paramLabel = "RUN_DIR", fallbackValue = "",
            description = "Continue a run folder from its newest checkpoint; without a value, the experiment's latest run.")
    String resume;

    @Option(names = "--allow-changes",
            description = "With --resume: apply settings that differ from those the run was trained with (recorded in"
                    + " the run folder's " + RunFolder.CHANGES_FILE + "); without it, such a resume is refused.")
    boolean allowChanges;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    TrainCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        ComponentRegistry registry = ExperimentLoading.registry(arguments, plugins);
        ResolvedExperiment experiment = ExperimentLoading.load(arguments, registry);
        registry.validate(experiment); // bad settings fail before a run folder is made
        if (experiment.train().cluster() != null) {
            ClusterTasks.requireChief(experiment.train());
        }
        RunFolder run = resume == null ? RunFolder.create(experiment.experiment(), Clock.systemDefaultZone())
                : resume.isEmpty() ? RunFolder.latest(experiment.experiment()) : RunFolder.existing(resumeFolder());
        TrainingReport report;
        try (ProcessLock lock = run.lock()) {
            if (resume != null) {
                ResumedSettings.check(run, experiment, allowChanges);
            }
            report = train(registry, experiment, run);
        }
        if (Double.isNaN(report.lastLoss())) {
            spec.commandLine().getOut().printf("nothing to train: %s already completed its %d steps (raise train.epochs "
                    + "or train.max-steps to continue)%n", report.runDir(), report.steps());
        } else {
            spec.commandLine().getOut().printf("trained %d steps, last loss %.6f; run folder %s%n", report.steps(),
                    report.lastLoss(), report.runDir());
        }
        report.evaluation().ifPresent(result -> EvaluationPrinter.print(spec.commandLine().getOut(), result,
                report.runDir().resolve(RunFolder.EVAL)));
        return ExitCodes.OK;
    }

    /** Trains in {@code run}, which this process has locked. */
    private TrainingReport train(ComponentRegistry registry, ResolvedExperiment experiment, RunFolder run) {
        try {
            return CompositionRoot.trainer(registry, experiment, run).train();
        } catch (RuntimeException | Error e) {
            if (resume == null) {
                run.removeIfNothingTrained(); // a start that failed leaves no empty run folder
            }
            throw e;
        }
    }

    private Path resumeFolder() {
        Path folder = Path.of(resume);
        if (resume.contains("=") && !Files.exists(folder)) {
            throw new ConfigError("--resume took '" + resume + "' as the run folder: put --resume after the overrides,"
                    + " or write --resume=RUN_DIR");
        }
        return folder;
    }
}
