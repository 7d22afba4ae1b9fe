package org.jaywalk.framework.train;

import java.util.List;
import org.jaywalk.framework.spi.train.TrainingListener;

/**
 * The listeners an experiment's {@code listeners} list selects, built by their factories.
 *
 * @param all in list order
 */
public record ExperimentListeners(List<TrainingListener> all) {

    public ExperimentListeners {
        all = List.copyOf(all);
    }
}
