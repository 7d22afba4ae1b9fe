package org.jaywalk.plugins.visualize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The argmax paths of hand-made walks over three frames of three nodes. */
class ArgmaxPathsTest {

    /** A near-permutation walk {@code [1, 3, 3]}: node n steps to {@code to[n]} with 0.8, elsewhere 0.1 each. */
    private static Operand<TFloat32> walk(ComponentHarness h, int... to) {
        float[] p = new float[9];
        for (int n = 0; n < 3; n++) {
            for (int m = 0; m < 3; m++) {
                p[n * 3 + m] = m == to[n] ? 0.8f : 0.1f;
            }
        }
        return h.constant(new long[] {1, 3, 3}, p);
    }

    private static float[] values(ComponentHarness h, Operand<TInt32> x) {
        return h.values(h.tf().dtypes.cast(x, TFloat32.class));
    }

    @Test
    void aPermutationWalkFollowsThePermutationsFrameByFrame() {
        try (ComponentHarness h = ComponentHarness.inference()) {
            // 0 -> 1 shifts every node by one (n -> n+1 mod 3), 1 -> 2 swaps nodes 0 and 2
            List<Operand<TFloat32>> forward = List.of(walk(h, 1, 2, 0), walk(h, 2, 1, 0));
            assertArrayEquals(new float[] {
                    0, 1, 2,    // frame 0: the queries themselves
                    1, 2, 0,    // frame 1: shifted
                    1, 0, 2},   // frame 2: then 0 <-> 2
                    values(h, ArgmaxPaths.along(h.tf(), forward)));
        }
    }

    @Test
    void thePalindromeReturnsHomeWhenTheWayBackUndoesTheWayThere() {
        try (ComponentHarness h = ComponentHarness.inference()) {
            List<Operand<TFloat32>> forward = List.of(walk(h, 1, 2, 0), walk(h, 2, 1, 0));
            // the inverse permutations: 2 -> 1 swaps 0 and 2 back, 1 -> 0 shifts back (n -> n-1 mod 3)
            List<Operand<TFloat32>> inverse = List.of(walk(h, 2, 0, 1), walk(h, 2, 1, 0));
            assertArrayEquals(new float[] {0, 1, 2}, values(h, ArgmaxPaths.returns(h.tf(), forward, inverse)));
            // a way back that stays put (identity) leaves each walker where the way there took it: frame 2's
            // argmax node, read as a node of frame 0
            List<Operand<TFloat32>> stay = List.of(walk(h, 0, 1, 2), walk(h, 0, 1, 2));
            assertArrayEquals(new float[] {1, 0, 2}, values(h, ArgmaxPaths.returns(h.tf(), forward, stay)));
        }
    }
}
