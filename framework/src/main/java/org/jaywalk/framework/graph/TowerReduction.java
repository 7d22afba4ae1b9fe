package org.jaywalk.framework.graph;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Sums one tower's partial result with the same partial result of every other tower. */
@FunctionalInterface
interface TowerReduction {

    /**
     * @param partial this tower's value, any shape identical across towers
     * @return the sum over towers, same shape
     */
    Operand<TFloat32> sum(Operand<TFloat32> partial);
}
