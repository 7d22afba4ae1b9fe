package org.jaywalk.plugins.crw;

import static org.jaywalk.plugins.crw.TinyClips.NODES_01;
import static org.jaywalk.plugins.crw.TinyClips.NODES_10;
import static org.jaywalk.plugins.crw.TinyClips.TAU_ONE_TO_THREE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Sinkhorn-Knopp normalization and videowalk's Sinkhorn targets ({@code walk.type = sinkhorn-targets}) on
 * two-node cases. Sinkhorn-Knopp alternately normalizes a positive matrix's columns and rows until both sum to 1
 * (a doubly stochastic matrix): where a row softmax lets every node pick its favourite, Sinkhorn makes the nodes
 * share, so its argmax tends to be a one-to-one matching.
 */
class SinkhornTargetSpecTest {

    private static final float EXACT = 1e-6f;

    @Test
    void sinkhornRemovesWhatRowsAndColumnsAloneExplain() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // [[6, 2], [3, 1]] = (2, 1)^T (3, 1): row 0 is twice as heavy, column 0 three times. Normalizing rows
            // alone keeps column 0's popularity ([[3/4, 1/4], [3/4, 1/4]]); Sinkhorn scales it away. Scaled to sum
            // 1, then columns normalized: both columns become (2/3, 1/3); then rows: every entry 1/2
            Operand<TFloat32> rankOne = TinyClips.matrix(h, new float[] {6, 2}, new float[] {3, 1});
            assertArrayEquals(new float[] {
                    1 / 2f, 1 / 2f,
                    1 / 2f, 1 / 2f}, h.values(SinkhornKnopp.normalize(h.tf(), rankOne, 0.001, 100)), EXACT);
        }
    }

    @Test
    void aTwoByTwoConvergesToTheMatrixWithTheSameCrossRatio() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // scaling rows and columns keeps the cross ratio a d / (b c) of [[a, b], [c, d]] = [[3, 1], [3, 3]],
            // 3; the doubly stochastic [[p, 1-p], [1-p, p]] with p^2 / (1-p)^2 = 3 has p = sqrt 3 / (1 + sqrt 3)
            float p = (float) (Math.sqrt(3) / (1 + Math.sqrt(3))); // 0.634
            Operand<TFloat32> m = TinyClips.matrix(h, new float[] {3, 1}, new float[] {3, 3});
            float[] balanced = h.values(SinkhornKnopp.normalize(h.tf(), m, 0.001, 100));
            // iterations stop once the columns' sums deviate by less than the tolerance; the rows, normalized
            // last, sum to 1 exactly
            assertArrayEquals(new float[] {
                    p, 1 - p,
                    1 - p, p}, balanced, 1e-3f);
            assertEquals(1, balanced[0] + balanced[1], EXACT);
            assertEquals(1, balanced[2] + balanced[3], EXACT);
        }
    }

    @Test
    void targetsFollowTheSwappedNodesWhereAPalindromeWouldReturnHome() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frames 0, 1 hold (1, 0), (0, 1); frame 2 holds them swapped
            List<Walk> walks = new SinkhornTargetWalks(TAU_ONE_TO_THREE, 0).walks(h.context(),
                    TinyClips.embeddings(h, NODES_01, NODES_01, NODES_10));
            // the walk sk_1 goes forward only, 0 -> 1 -> 2: P01 P12 = [[3/4, 1/4], [1/4, 3/4]] [[1/4, 3/4],
            // [3/4, 1/4]] = [[3/8, 5/8], [5/8, 3/8]]
            Walk walk = walks.get(0);
            assertEquals("sk_1", walk.name());
            assertArrayEquals(new float[] {
                    3 / 8f, 5 / 8f,
                    5 / 8f, 3 / 8f}, h.values(walk.transitions()), EXACT);
            // its targets: weights exp(A / tau) are [[3, 1], [1, 3]] for 0 -> 1 and [[1, 3], [3, 1]] for 1 -> 2,
            // already balanced, so Sinkhorn gives the step matrices above; their chain (1 -> 2 times 0 -> 1)
            // is [[3/8, 5/8], [5/8, 3/8]] again, whose argmax sends node 0 to node 1 and node 1 to node 0
            assertArrayEquals(new float[] {1, 0}, TinyClips.values(h, walk.targets()));
            // only forward steps are walked, and exposed
            assertEquals(List.of("transition/0-1", "transition/1-2"), List.copyOf(h.exposed().keySet()));
        }
    }

    @Test
    void targetsMatchNodesOneToOneWhereTheWalkPilesOntoAHub() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frames 0, 1 hold a = (1, 0) and b = (0.6, 0.8); frame 2 holds a hub h = (0.8, 0.6) and c = (0, 1).
            // From frame 1: <a, h> = 0.8, <a, c> = 0; <b, h> = 0.96, <b, c> = 0.8: both a and b are closest to h
            float[][] ab = {{1, 0}, {0.6f, 0.8f}};
            float[][] hubAndC = {{0.8f, 0.6f}, {0, 1}};
            List<Walk> walks = new SinkhornTargetWalks(0.1, 0).walks(h.context(),
                    TinyClips.embeddings(h, ab, ab, hubAndC));
            Walk walk = walks.get(0);
            // the walk's rows both peak at the hub (node 0 of frame 2)
            float[] p = h.values(walk.transitions());
            assertEquals(List.of(true, true), List.of(p[0] > p[1], p[2] > p[3]));
            // Sinkhorn keeps the cross ratio: for 1 -> 2 it is e^((0.8 + 0.8 - 0 - 0.96) / 0.1) = e^6.4 > 1, so the
            // balanced matrix is [[p, 1-p], [1-p, p]] with p > 1/2; 0 -> 1 ([[1, 0.6], [0.6, 1]]) is such a
            // matrix too, and so is their product: a keeps to the hub, b goes to c
            assertArrayEquals(new float[] {0, 1}, TinyClips.values(h, walk.targets()));
        }
    }
}
