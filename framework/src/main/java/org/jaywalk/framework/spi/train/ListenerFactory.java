package org.jaywalk.framework.spi.train;

import org.jaywalk.framework.spi.ComponentFactory;

/**
 * Builds a {@link TrainingListener} from one element of an experiment's {@code listeners} list, e.g.
 * {@code listeners = [{ type = walk-entropy, every = 50 }]}.
 */
public interface ListenerFactory extends ComponentFactory<TrainingListener> {
}
