package org.jaywalk.framework.spi;

/** Registered by name to build optimizers (gradients to updates). */
public interface OptimizerFactory extends ComponentFactory<Optimizer> {
}
