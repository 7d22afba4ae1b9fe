package org.jaywalk.framework.assembly;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.train.ListenerFactory;
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

    /**
     * The listeners of every extension point whose factories make listeners: the {@code listeners} list, then
     * the blocks of the points plugins declare with a {@link ListenerFactory} subtype (e.g. a top-level
     * {@code visualize { type = ... }}), in extension point order.
     */
    @Override
    public List<TrainingListener> listeners() {
        List<TrainingListener> listeners = new ArrayList<>();
        for (ExtensionPoint<?> point : registry.points()) {
            if (ListenerFactory.class.isAssignableFrom(point.factoryType())) {
                @SuppressWarnings("unchecked") // checked just above; the registry casts each factory to its type
                ExtensionPoint<? extends ListenerFactory> makesListeners = (ExtensionPoint<? extends ListenerFactory>) point;
                listeners.addAll(registry.createAll(makesListeners, experiment));
            }
        }
        return listeners;
    }
}
