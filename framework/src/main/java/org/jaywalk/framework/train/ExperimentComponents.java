package org.jaywalk.framework.train;

import org.jaywalk.framework.spi.train.TrainingListener;

/**
 * Builds, when asked, what an experiment's blocks select. Each call builds afresh; the caller closes what it gets.
 * (A plain interface rather than Guice providers, so a component's own error reaches the user unwrapped.)
 */
public interface ExperimentComponents {

    /** The dataset, model components, optimizer and schedule. */
    TrainingComponents training();

    /**
     * The experiment's listeners: those of the {@code listeners} list, in order, then those of the blocks of
     * plugin-declared extension points whose factories make listeners.
     */
    java.util.List<TrainingListener> listeners();
}
