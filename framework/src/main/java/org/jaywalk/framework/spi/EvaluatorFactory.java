package org.jaywalk.framework.spi;

/** Registered by name to build evaluators (downstream benchmarks of a trained encoder). */
public interface EvaluatorFactory extends ComponentFactory<Evaluator> {
}
