package org.jaywalk.plugins.crw;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;

/** Walk targets. */
final class Targets {

    private Targets() {
    }

    /** {@code [B*N]}: every walk should return to its start node (0..N-1 for each clip). */
    static Operand<TInt32> identity(Ops tf, int batch, int nodes) {
        int[] t = new int[batch * nodes];
        for (int i = 0; i < t.length; i++) {
            t[i] = i % nodes;
        }
        return tf.constant(t);
    }
}
