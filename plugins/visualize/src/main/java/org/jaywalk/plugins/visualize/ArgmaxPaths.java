package org.jaywalk.plugins.visualize;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.walk.MatrixChain;
import org.jaywalk.framework.spi.walk.Palindrome;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Stack;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Where a walker that starts at a node of frame 0 most likely is: the argmax of each row of the chained
 * transitions {@code P(0->1) @ ... @ P(t-1->t)}, frame after frame, and after the palindrome forward to the last
 * frame and back to frame 0 (where the cycle loss wants it to return to its start).
 */
final class ArgmaxPaths {

    private ArgmaxPaths() {
    }

    /**
     * @param forward the one-step transitions {@code [B, N, N]} from frame t to frame t+1, t = 0..k-1, k &gt;= 1
     * @return {@code [B, k+1, N]} int32: entry (b, t, n) is the most likely node of frame t for a walker that
     *     started at node n of frame 0 (n itself for t = 0)
     */
    static Operand<TInt32> along(Ops tf, List<Operand<TFloat32>> forward) {
        long[] s = forward.get(0).shape().asArray();
        int n = (int) s[2];
        // [B, N]: every walker's start
        Operand<TInt32> start = tf.broadcastTo(tf.range(tf.constant(0), tf.constant(n), tf.constant(1)),
                tf.constant(new long[] {s[0], n}));
        List<Operand<TInt32>> frames = new ArrayList<>(List.of(start));
        Operand<TFloat32> walk = forward.get(0); // [B, N, N]: P(0->t)
        frames.add(mostLikely(tf, walk));
        for (Operand<TFloat32> step : forward.subList(1, forward.size())) {
            walk = MatrixChain.then(tf, walk, step);
            frames.add(mostLikely(tf, walk));
        }
        return tf.stack(frames, Stack.axis(1L));
    }

    /**
     * @param forward the one-step transitions {@code [B, N, N]} from frame t to frame t+1, t = 0..k-1
     * @param backward the one-step transitions {@code [B, N, N]} from frame t+1 back to frame t, t = 0..k-1
     * @return {@code [B, N]} int32: the most likely node of frame 0 for a walker that started at node n of frame 0,
     *     walked to frame k and back (the longest palindrome)
     */
    static Operand<TInt32> returns(Ops tf, List<Operand<TFloat32>> forward, List<Operand<TFloat32>> backward) {
        return mostLikely(tf, MatrixChain.rightProduct(tf, Palindrome.path(forward, backward, forward.size())));
    }

    /** {@code [B, N, N]} -> {@code [B, N]}: each row's most likely column. */
    private static Operand<TInt32> mostLikely(Ops tf, Operand<TFloat32> walk) {
        return tf.math.argMax(walk, tf.constant(2), TInt32.class);
    }
}
