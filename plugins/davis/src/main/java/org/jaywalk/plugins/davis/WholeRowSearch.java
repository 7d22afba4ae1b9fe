package org.jaywalk.plugins.davis;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TNumber;

/** The plain top-k over every key of each row: the definition the other searches must agree with. */
record WholeRowSearch(int searched) implements TopKeySearch {

    @Override
    public <T extends TNumber> Found<T> search(Ops tf, Operand<T> scores, int rows) {
        // [rows, cells] -> [rows, searched]
        TopK<T, TInt32> top = tf.nn.topK(scores, tf.constant(searched), new TopK.Options[0]);
        return new Found<>(top.values(), top.indices(), top);
    }
}
