package org.jaywalk.framework.spi.eval;

import org.jaywalk.framework.spi.ComponentFactory;

/** Registered by name to build evaluators (downstream benchmarks of a trained encoder). */
public interface EvaluatorFactory extends ComponentFactory<Evaluator> {
}
