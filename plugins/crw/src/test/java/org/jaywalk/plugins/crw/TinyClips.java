package org.jaywalk.plugins.crw;

import org.jaywalk.framework.testkit.ComponentHarness;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Clips small enough to walk on paper, for the specification tests: one clip of a few frames, each frame a few
 * nodes with 2-dimensional embeddings.
 */
final class TinyClips {

    /**
     * The temperature at which an affinity of 1 weighs three times an affinity of 0, {@code exp(1 / tau) = 3}: a
     * walker at a node equal to one node of the next frame and orthogonal to the other steps to the equal one with
     * probability 3/4 and to the other with 1/4.
     */
    static final double TAU_ONE_TO_THREE = 1 / Math.log(3);

    /** A frame of two nodes with embeddings (1, 0) and (0, 1). */
    static final float[][] NODES_01 = {{1, 0}, {0, 1}};
    /** The same two nodes in the other order: (0, 1) and (1, 0). */
    static final float[][] NODES_10 = {{0, 1}, {1, 0}};

    private TinyClips() {
    }

    /**
     * One clip's embeddings from its frames' node vectors.
     *
     * @param frames {@code frames[t][n]} is the embedding (C values) of node n in frame t
     * @return {@code [1, C, T, N]}
     */
    static Operand<TFloat32> embeddings(ComponentHarness h, float[][]... frames) {
        int t = frames.length, n = frames[0].length, c = frames[0][0].length;
        float[] values = new float[c * t * n];
        for (int channel = 0; channel < c; channel++) {
            for (int frame = 0; frame < t; frame++) {
                for (int node = 0; node < n; node++) {
                    values[(channel * t + frame) * n + node] = frames[frame][node][channel];
                }
            }
        }
        return h.constant(new long[] {1, c, t, n}, values);
    }

    /** One clip's {@code [1, N, N]} matrix from its rows. */
    static Operand<TFloat32> matrix(ComponentHarness h, float[]... rows) {
        int n = rows.length;
        float[] values = new float[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, values, i * n, n);
        }
        return h.constant(new long[] {1, n, n}, values);
    }

    /** Integer targets as floats, to read them with the harness. */
    static float[] values(ComponentHarness h, Operand<TInt32> targets) {
        return h.values(h.tf().dtypes.cast(targets, TFloat32.class));
    }
}
