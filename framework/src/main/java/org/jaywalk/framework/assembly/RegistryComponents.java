package org.jaywalk.framework.assembly;

import com.google.inject.Inject;
import java.util.List;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.train.ExperimentComponents;
import org.jaywalk.framework.train.TrainingComponents;

/** {@link ExperimentComponents} built by the registry's factories from the experiment's blocks. */
final class RegistryComponents implements ExperimentComponents {

    private final ComponentRegistry registry;
    private final ResolvedExperiment experiment;

    @Inject
    RegistryComponents(ComponentRegistry registry, ResolvedExperiment experiment) {
        this.registry = registry;
        this.experiment = experiment;
    }

    @Override
    public TrainingComponents training() {
        return TrainingComponents.assemble(registry, experiment);
    }

    @Override
    public List<TrainingListener> listeners() {
        return registry.createAll(ExtensionPoint.LISTENER, experiment);
    }
}
