package org.jaywalk.framework.spi;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * One named random walk and where it should end.
 *
 * @param name e.g. {@code cyc_r1}; used in diagnostics ({@code xent cyc_r1})
 * @param transitions {@code [B, N, N]} row-stochastic walk probabilities
 * @param targets {@code [B*N]} the node each row's walk should reach
 */
public record Walk(String name, Operand<TFloat32> transitions, Operand<TInt32> targets) {
}
