package org.jaywalk.framework.spi;

import org.jaywalk.framework.graph.ParameterStore;
import org.tensorflow.Session;

/** Assigns the weights being evaluated to the variables of a graph an evaluator has built. */
@FunctionalInterface
public interface WeightLoader {

    /**
     * Assigns a value to every entry of {@code store} (canonical layout, by name) in {@code session}.
     * Fails, naming the entries, if the source lacks some of them.
     */
    void load(ParameterStore store, Session session);
}
