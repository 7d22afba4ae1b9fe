package org.jaywalk.framework.assembly;

import com.google.inject.Injector;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.eval.ModelEvaluation;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.TrainBenchmark;
import org.jaywalk.framework.train.Trainer;

/**
 * Where a resolved experiment becomes objects: an injector made of the plugins' modules (the registry's) and the
 * experiment's bindings, which constructs the trainer, its components and listeners by constructor injection.
 * The only place that asks Guice for an instance.
 */
public final class CompositionRoot {

    private CompositionRoot() {
    }

    /** The trainer of {@code experiment} in the run folder {@code run}. */
    public static Trainer trainer(ComponentRegistry registry, ResolvedExperiment experiment, RunFolder run) {
        return injector(registry, experiment, Optional.of(run)).getInstance(Trainer.class);
    }

    /** The evaluation of {@code experiment}'s model (its {@code evaluation} block). */
    public static ModelEvaluation evaluation(ComponentRegistry registry, ResolvedExperiment experiment) {
        return injector(registry, experiment, Optional.empty()).getInstance(ModelEvaluation.class);
    }

    /** The training-speed benchmark of {@code experiment}. */
    public static TrainBenchmark benchmark(ComponentRegistry registry, ResolvedExperiment experiment) {
        return injector(registry, experiment, Optional.empty()).getInstance(TrainBenchmark.class);
    }

    private static Injector injector(ComponentRegistry registry, ResolvedExperiment experiment,
                                     Optional<RunFolder> run) {
        return registry.childInjector(new ExperimentModule(registry, experiment, run));
    }
}
