package org.jaywalk.framework.spi.graph;

/** What a stored tensor is for; all kinds are checkpointed. */
public enum ParameterKind {
    /** Learned by gradient descent. */
    TRAINABLE,
    /** Model state updated outside gradients, e.g. batch-norm running statistics. */
    BUFFER,
    /** Optimizer state (moments, step counters). */
    OPTIMIZER_STATE
}
