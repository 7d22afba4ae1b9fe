package org.jaywalk.plugins.crw;

import static org.jaywalk.plugins.crw.PalindromeWalkSpecTest.transition;
import static org.jaywalk.plugins.crw.TinyClips.NODES_01;
import static org.jaywalk.plugins.crw.TinyClips.TAU_ONE_TO_THREE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jaywalk.framework.spi.walk.EdgeDropout;
import org.jaywalk.framework.spi.walk.FrameTransitions;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;

/**
 * Edge dropout as videowalk does it ({@code walk.edge-dropout}, the reference's {@code --dropout}): an affinity
 * whose uniform draw falls below the rate is set to -1e20 before the softmax, so its edge gets probability 0 and
 * the rest of its row is renormalized; kept affinities are not rescaled. The forward matrix's drops are written
 * into the affinities the backward matrix is computed from (the reference assigns in place into a view), so
 * the step back loses the forward drops, transposed, as well as its own.
 *
 * <p>The draws are scripted (see {@link ScriptedDraws}); the clip is two frames of the nodes (1, 0), (0, 1) at
 * {@code tau = 1 / ln 3}, whose undropped steps are {@code [[3/4, 1/4], [1/4, 3/4]]} both ways.
 */
class EdgeDropoutSpecTest {

    private static final float EXACT = 1e-6f;

    @Test
    void dropsTheEdgesDrawnBelowTheRateAndTheStepBackInheritsTheForwardDrops() {
        try (ComponentHarness h = ComponentHarness.training()) {
            ScriptedDraws draws = new ScriptedDraws(h.context(),
                    // forward, one draw per affinity of every step [1, 1, 2, 2]: only edge 0 -> 1 is below 0.5
                    new float[] {0.9f, 0.2f, 0.7f, 0.8f},
                    // back, one draw per entry of the transposed affinities: only edge 0 -> 0 is below 0.5
                    new float[] {0.1f, 0.6f, 0.9f, 0.95f});
            FrameTransitions steps = FrameTransitions.consecutive(draws, TinyClips.embeddings(h, NODES_01, NODES_01),
                    TAU_ONE_TO_THREE, 0.5);
            steps.forward();
            steps.backward();
            assertTrue(draws.exhausted(), "one draw for the forward affinities, one for the step back");
            // affinities [[1, 0], [0, 1]] become [[1, -1e20], [0, 1]]: the kept entries are unchanged
            assertArrayEquals(new float[] {
                    1, EdgeDropout.DROPPED,
                    0, 1}, h.values(steps.affinity(0)));
            // row 0 has only its edge to node 0 left; row 1 is untouched
            assertArrayEquals(new float[] {
                    1, 0,
                    1 / 4f, 3 / 4f}, h.values(transition(h, "0-1")), EXACT);
            // back: the transposed affinities [[1, 0], [-1e20, 1]] carry the forward drop of 0 -> 1 as 1 -> 0;
            // the backward draw drops 0 -> 0 as well: [[-1e20, 0], [-1e20, 1]]
            assertArrayEquals(new float[] {
                    0, 1,
                    0, 1}, h.values(transition(h, "1-0")), EXACT);
        }
    }

    @Test
    void aRowWithEveryEdgeDroppedBecomesUniform() {
        try (ComponentHarness h = ComponentHarness.training()) {
            ScriptedDraws draws = new ScriptedDraws(h.context(), new float[] {0.1f, 0.2f, 0.7f, 0.8f});
            FrameTransitions.consecutive(draws, TinyClips.embeddings(h, NODES_01, NODES_01), TAU_ONE_TO_THREE, 0.5)
                    .forward();
            // row 0 is [-1e20, -1e20]: equal logits, so the softmax spreads the walker evenly instead of failing
            assertArrayEquals(new float[] {
                    1 / 2f, 1 / 2f,
                    1 / 4f, 3 / 4f}, h.values(transition(h, "0-1")), EXACT);
        }
    }

    @Test
    void inferenceGraphsDrawNothingAndDropNothing() {
        try (ComponentHarness h = ComponentHarness.inference()) {
            ScriptedDraws none = new ScriptedDraws(h.context());
            FrameTransitions steps = FrameTransitions.consecutive(none, TinyClips.embeddings(h, NODES_01, NODES_01),
                    TAU_ONE_TO_THREE, 0.5);
            steps.backward();
            assertArrayEquals(new float[] {
                    3 / 4f, 1 / 4f,
                    1 / 4f, 3 / 4f}, h.values(transition(h, "1-0")), EXACT);
        }
    }

    @Test
    void stepsAreDroppedFromTheSeededStreamSoAResumedRunDropsTheSameEdges() {
        float[] first = droppedAffinities(5, 11);
        float[] again = droppedAffinities(5, 11);
        float[] nextStep = droppedAffinities(5, 12);
        assertArrayEquals(first, again, "the same seed and step draw the same drops");
        assertFalse(Arrays.equals(first, nextStep), "another step draws other drops");
    }

    /** Forward affinities of a clip of 4 frames of 8 nodes after dropping half the edges, at {@code [seed, step]}. */
    private static float[] droppedAffinities(long seed, long step) {
        try (ComponentHarness h = ComponentHarness.training().atStep(seed, step)) {
            float[] q = new float[2 * 4 * 8];
            for (int i = 0; i < q.length; i++) {
                q[i] = (float) Math.sin(i);
            }
            FrameTransitions steps = FrameTransitions.consecutive(h.context(), h.constant(new long[] {1, 2, 4, 8}, q),
                    0.07, 0.5);
            return h.values(steps.affinity(1));
        }
    }
}
