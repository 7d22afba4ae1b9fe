package org.jaywalk.framework.spi;

import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;

/**
 * Turns gradients into parameter updates. Optimizer state must live in the context's parameter store
 * (kind {@code OPTIMIZER_STATE}) so that checkpoints restore it exactly.
 */
public interface Optimizer {

    /** The base learning rate; the schedule scales it. */
    double learningRate();

    /**
     * Adds the update ops. The framework guarantees that every gradient is computed before any update
     * runs (the updates are built under control dependencies on all gradients).
     *
     * @param parameters the trainable entries, in store order
     * @param gradients one gradient per parameter, graph layout
     * @param learningRate scalar, fed every step from the schedule
     * @return one op that applies all updates
     */
    Op apply(GraphContext context, List<ParameterStore.Entry> parameters, List<Operand<TFloat32>> gradients,
             Operand<TFloat32> learningRate);
}
