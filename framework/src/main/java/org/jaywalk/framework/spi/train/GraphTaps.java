package org.jaywalk.framework.spi.train;

import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;

/**
 * A listener's view of the training graph while it is built: the tensors components
 * {@linkplain org.jaywalk.framework.spi.graph.GraphContext#expose exposed} (e.g. each one-step transition
 * matrix {@code transition/0-1} {@code [B, N, N]}), the op factory to derive new tensors from them, and
 * {@link #fetch} to have a tensor computed in the steps the listener asks for.
 */
public interface GraphTaps {

    /** The op factory of the training graph (ops added here run only when fetched). */
    Ops tf();

    /** The exposed tensors by name, in the order they were exposed (the first tower's, with several). */
    Map<String, Operand<?>> exposed();

    /**
     * Computes {@code tensor} (float32 or int32) in every step where the listener's
     * {@link TrainingListener#fetchesAt} is true; its value arrives in {@link StepEvent#fetched()} under
     * {@code name}.
     */
    void fetch(String name, Operand<?> tensor);
}
