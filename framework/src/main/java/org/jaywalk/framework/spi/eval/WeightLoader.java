package org.jaywalk.framework.spi.eval;

import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Session;

/** Assigns the weights being evaluated to the variables of a graph (see {@link TestTimeFeatures#weights}). */
@FunctionalInterface
public interface WeightLoader {

    /**
     * Assigns a value to every entry of {@code store} (canonical layout, by name) in {@code session}.
     * Fails, naming the entries, if the source lacks some of them.
     */
    void load(ParameterStore store, Session session);
}
