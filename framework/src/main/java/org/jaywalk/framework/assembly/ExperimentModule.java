package org.jaywalk.framework.assembly;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import java.util.Optional;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.ComponentBuilder;
import org.jaywalk.framework.spi.config.Experiment;
import org.jaywalk.framework.train.ExperimentComponents;
import org.jaywalk.framework.train.RunFolder;

/**
 * A resolved experiment as Guice bindings: the experiment, its run folder (when training), the registry of every
 * plugin's factories, and {@link ExperimentComponents}, which builds what the experiment's blocks select.
 */
final class ExperimentModule extends AbstractModule {

    private final ComponentRegistry registry;
    private final ResolvedExperiment experiment;
    private final Optional<RunFolder> run;

    ExperimentModule(ComponentRegistry registry, ResolvedExperiment experiment, Optional<RunFolder> run) {
        this.registry = registry;
        this.experiment = experiment;
        this.run = run;
    }

    @Override
    protected void configure() {
        bind(ComponentRegistry.class).toInstance(registry);
        bind(ComponentBuilder.class).toInstance(registry);
        bind(ResolvedExperiment.class).toInstance(experiment);
        bind(Experiment.class).toInstance(experiment);
        run.ifPresent(folder -> bind(RunFolder.class).toInstance(folder));
        bind(ExperimentComponents.class).to(RegistryComponents.class);
    }

    @Provides
    TrainSettings train() {
        return experiment.train();
    }
}
