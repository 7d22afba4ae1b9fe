/**
 * Evaluating a model with the evaluator its experiment's optional {@code evaluation} block selects: used by
 * {@code jaywalk eval} and at the end of {@code jaywalk train}; the metrics are kept in {@code metrics.json}.
 */
package org.jaywalk.framework.eval;
