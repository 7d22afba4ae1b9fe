package org.jaywalk.plugins.davis;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The plain top-k over every key of each row: the definition the other searches must agree with. */
record WholeRowSearch(int searched) implements TopKeySearch {

    @Override
    public Found search(Ops tf, Operand<TFloat32> scores, int rows) {
        // [rows, cells] -> [rows, searched]
        TopK<TFloat32, TInt32> top = tf.nn.topK(scores, tf.constant(searched), new TopK.Options[0]);
        return new Found(top.values(), top.indices(), top);
    }
}
