package org.jaywalk.framework.spi;

import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * @param loss the scalar to minimize
 * @param diagnostics scalars logged with every step, by name (e.g. {@code xent cyc_r1}, {@code acc cyc_r1})
 */
public record LossOutput(Operand<TFloat32> loss, Map<String, Operand<TFloat32>> diagnostics) {

    public LossOutput {
        diagnostics = Map.copyOf(diagnostics);
    }
}
