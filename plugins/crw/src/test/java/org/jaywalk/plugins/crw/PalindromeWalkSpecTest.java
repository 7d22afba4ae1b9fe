package org.jaywalk.plugins.crw;

import static org.jaywalk.plugins.crw.TinyClips.NODES_01;
import static org.jaywalk.plugins.crw.TinyClips.NODES_10;
import static org.jaywalk.plugins.crw.TinyClips.TAU_ONE_TO_THREE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The palindrome walks of videowalk on clips of two nodes per frame, computed by hand.
 *
 * <p>Affinities are dot products of node embeddings; a step's transition matrix is the row softmax of the
 * affinities over the temperature. At {@code tau = 1 / ln 3} an affinity of 1 weighs {@code e^(1/tau) = 3}
 * and an affinity of 0 weighs 1, so between two frames of the orthonormal nodes (1, 0) and (0, 1) a walker
 * steps to the equal node with 3/4 and to the other one with 1/4.
 */
class PalindromeWalkSpecTest {

    private static final float EXACT = 1e-6f;
    private static final boolean RIGHT = false;
    private static final boolean FLIP = true;

    @Test
    void oneStepIsTheRowSoftmaxOfTheAffinitiesOverTheTemperature() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frame 0: nodes (1, 0), (0, 1); frame 1: nodes (0.6, 0.8), (0.8, 0.6)
            // affinities A[n][m] = <frame 0 node n, frame 1 node m> = [[0.6, 0.8], [0.8, 0.6]]
            float[][] tilted = {{0.6f, 0.8f}, {0.8f, 0.6f}};
            Operand<TFloat32> q = TinyClips.embeddings(h, NODES_01, tilted, tilted);
            new PalindromeWalks(0.07, 0, false).walks(h.context(), q);
            // videowalk's tau = 0.07: a cosine difference of 0.2 becomes e^(0.2 / 0.07) = e^2.857 = 17.4 to 1,
            // row 0: [1, e^2.857] / (1 + e^2.857) = [0.0543, 0.9457]; row 1 mirrors it
            double odds = Math.exp(0.2 / 0.07);
            float unlikely = (float) (1 / (1 + odds)), likely = (float) (odds / (1 + odds));
            assertArrayEquals(new float[] {
                    unlikely, likely,
                    likely, unlikely}, h.values(transition(h, "0-1")), EXACT);
        }
    }

    @Test
    void theStepBackIsTheSoftmaxOfTheTransposedAffinities() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frame 1 has only node (1, 0) twice: from frame 0, A = [[1, 1], [0, 0]]; back, A^T = [[1, 0], [1, 0]]
            float[][] twins = {{1, 0}, {1, 0}};
            walks(h, RIGHT, NODES_01, twins, twins);
            // forward rows weigh [3, 3] and [1, 1]: both uniform
            assertArrayEquals(new float[] {
                    1 / 2f, 1 / 2f,
                    1 / 2f, 1 / 2f}, h.values(transition(h, "0-1")), EXACT);
            // backward rows weigh [3, 1] each: both twins go back to node (1, 0) with 3/4
            assertArrayEquals(new float[] {
                    3 / 4f, 1 / 4f,
                    3 / 4f, 1 / 4f}, h.values(transition(h, "1-0")), EXACT);
        }
    }

    @Test
    void threeFramesTwoNodesGoThereAndBackAndReturnHomeWithSeventeenThirtySeconds() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frames 0 and 1 hold (1, 0), (0, 1); frame 2 holds them swapped. Every step goes to the equal node
            // with 3/4 and elsewhere with 1/4: 0-1 and 1-0 are [[3/4, 1/4], [1/4, 3/4]], 1-2 and 2-1 are
            // [[1/4, 3/4], [3/4, 1/4]] (the equal node is the other index)
            List<Walk> walks = walks(h, RIGHT, NODES_01, NODES_01, NODES_10);
            // T = 3 frames give one palindrome, 0 -> 1 -> 2 -> 1 -> 0: cyc_r1 = P01 P12 P21 P10
            assertEquals(List.of("cyc_r1"), walks.stream().map(Walk::name).toList());
            // the walker ends at its start iff an even number of the 4 steps went elsewhere, as "elsewhere" and
            // "the other index" cancel in pairs: (1 + (1 - 2 * 1/4)^4) / 2 = 17/32
            assertArrayEquals(new float[] {
                    17 / 32f, 15 / 32f,
                    15 / 32f, 17 / 32f}, h.values(walks.get(0).transitions()), EXACT);
            // the target of a palindrome is the start node, 0, 1, ... for each clip
            assertArrayEquals(new float[] {0, 1}, TinyClips.values(h, walks.get(0).targets()));
        }
    }

    @Test
    void fourFramesGiveTwoPalindromesOfFourAndSixSteps() {
        try (ComponentHarness h = ComponentHarness.training()) {
            List<Walk> walks = walks(h, RIGHT, NODES_01, NODES_01, NODES_01, NODES_01);
            // cyc_r1: 0 -> 1 -> 2 -> 1 -> 0; cyc_r2: 0 -> 1 -> 2 -> 3 -> 2 -> 1 -> 0
            assertEquals(List.of("cyc_r1", "cyc_r2"), walks.stream().map(Walk::name).toList());
            // an even number of switches among 6 steps: (1 + (1/2)^6) / 2 = 65/128
            assertArrayEquals(new float[] {
                    65 / 128f, 63 / 128f,
                    63 / 128f, 65 / 128f}, h.values(walks.get(1).transitions()), EXACT);
        }
    }

    @Test
    void anOccludedNodeLosesItsWayAndTheLossCountsIt() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // frame 2 shows only node (1, 0), twice: node (0, 1) is occluded there
            float[][] twins = {{1, 0}, {1, 0}};
            List<Walk> walks = walks(h, RIGHT, NODES_01, NODES_01, twins);
            // P01 = P10 = [[3/4, 1/4], [1/4, 3/4]]; P12 = uniform (affinities [[1, 1], [0, 0]]); P21 = [[3/4, 1/4],
            // [3/4, 1/4]] (affinities [[1, 0], [1, 0]]). After P12 the walker has forgotten its start: P01 P12 P21
            // has both rows [3/4, 1/4], and one more step P10 gives [3/4 * 3/4 + 1/4 * 1/4, 3/4 * 1/4 + 1/4 * 3/4]
            Walk cycle = walks.get(0);
            assertArrayEquals(new float[] {
                    5 / 8f, 3 / 8f,
                    5 / 8f, 3 / 8f}, h.values(cycle.transitions()), EXACT);
            // node 0 comes home with 5/8, node 1 with 3/8: cross-entropy (-ln 5/8 - ln 3/8) / 2 = ln(64/15) / 2;
            // node 1's most likely end is node 0, so half the rows are right
            LossOutput loss = new CycleCrossEntropy().compute(h.context(), walks);
            Map<String, ComponentHarness.Value> v = h.evaluate(Map.of("loss", loss.loss(),
                    "acc", loss.diagnostics().get("acc_cyc_r1")));
            assertEquals(Math.log(64 / 15.0) / 2, v.get("loss").values()[0], EXACT);
            assertEquals(0.5f, v.get("acc").values()[0]);
        }
    }

    @Test
    void flipMultipliesTheSameStepsInReverseOrder() {
        try (ComponentHarness h = ComponentHarness.training()) {
            float[][] twins = {{1, 0}, {1, 0}};
            List<Walk> walks = walks(h, FLIP, NODES_01, NODES_01, twins);
            // the occluded clip above: cyc_l1 = P10 P21 P12 P01. P10 P21 has both rows [3/4, 1/4] (P21's rows are
            // equal), times the uniform P12 is uniform, and stays uniform after P01: the left product differs
            // from the right product [[5/8, 3/8], [5/8, 3/8]]
            assertEquals("cyc_l1", walks.get(0).name());
            assertArrayEquals(new float[] {
                    1 / 2f, 1 / 2f,
                    1 / 2f, 1 / 2f}, h.values(walks.get(0).transitions()), EXACT);
        }
    }

    @Test
    void exposesEachOneStepMatrixOnceUnderItsFrames() {
        try (ComponentHarness h = ComponentHarness.training()) {
            walks(h, RIGHT, NODES_01, NODES_01, NODES_10, NODES_10);
            // forward steps first, then the steps back; cyc_r1 and cyc_r2 share 0-1, 1-2, 2-1 and 1-0
            assertEquals(List.of("transition/0-1", "transition/1-2", "transition/2-3",
                    "transition/1-0", "transition/2-1", "transition/3-2"), List.copyOf(h.exposed().keySet()));
            assertArrayEquals(new float[] {
                    1 / 4f, 3 / 4f,
                    3 / 4f, 1 / 4f}, h.values(transition(h, "1-2")), EXACT);
        }
    }

    /** The palindrome walks (right products, or left ones with {@code flip}) at tau = 1 / ln 3 of one clip. */
    private static List<Walk> walks(ComponentHarness h, boolean flip, float[][]... frames) {
        return new PalindromeWalks(TAU_ONE_TO_THREE, 0, flip).walks(h.context(), TinyClips.embeddings(h, frames));
    }

    /** The exposed one-step matrix {@code transition/<frames>}, {@code [1, N, N]}. */
    @SuppressWarnings("unchecked")
    static Operand<TFloat32> transition(ComponentHarness h, String frames) {
        return (Operand<TFloat32>) h.exposed().get("transition/" + frames);
    }
}
