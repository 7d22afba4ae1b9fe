package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Taking frame 0's stencil keys from its top-k (the fast path) leaves the candidates of a scan of its whole
 * stencil, ties included: features drawn from a few vectors tie everywhere, so the fallback to the whole
 * stencil is taken too.
 */
class LongMemoryCandidatesTest {

    private static final int H = 14;
    private static final int W = 19;
    private static final int C = 8;
    private static final int TOP_K = 5;
    private static final double RADIUS = 4;

    @ParameterizedTest(name = "{0} distinct feature vectors")
    @CsvSource({"0", "3", "60"})
    void frameZeroStencilFromItsTopKeysMatchesTheWholeStencilScan(int distinct) {
        Random random = new Random(11);
        FeatureMap query = features(random, distinct);
        FeatureMap frame0 = features(random, distinct);
        LongMemoryCandidates candidates = new LongMemoryCandidates(W, RADIUS);
        try (AffinityGraph graph = new AffinityGraph(H, W, C, TOP_K, new RadiusStencil(RADIUS), SessionSettings.defaults(),
                PropagationPrecision.FLOAT32);
             FrameTensors q = graph.upload(query, false, false);
             FrameTensors m = graph.upload(frame0, false, false)) {
            MemoryScores memory = graph.memory(q, m, true);
            int tied = 0;
            for (boolean t : memory.tiedBeyondTop()) {
                tied += t ? 1 : 0;
            }
            assertEquals(distinct > 0, tied > 0, tied + " queries tie beyond their top-k");
            for (int paddingCopies = 1; paddingCopies <= 4; paddingCopies++) {
                CandidateTable fast = new CandidateTable(H * W, TOP_K);
                int[] shortSlots = IntStream.rangeClosed(1, paddingCopies).toArray();
                candidates.offer(fast, memory, new int[] {0}, shortSlots);
                CandidateTable whole = new CandidateTable(H * W, TOP_K);
                memory.stencil().offerTo(whole, IntStream.rangeClosed(0, paddingCopies).toArray());
                candidates.offerTopKeys(whole, memory.top(), new int[] {0}, true);
                KeySelection x = fast.selection(0.05);
                KeySelection y = whole.selection(0.05);
                String what = paddingCopies + " padding copies";
                assertArrayEquals(y.slots(), x.slots(), what + ": slots");
                assertArrayEquals(y.cells(), x.cells(), what + ": cells");
                assertArrayEquals(y.weights(), x.weights(), what + ": weights");
            }
        }
    }

    /** Unit feature vectors, drawn from {@code distinct} vectors (0: all different). */
    private static FeatureMap features(Random random, int distinct) {
        if (distinct == 0) {
            return LabelPropagationTest.randomFeatures(random, H, W, C);
        }
        FeatureMap palette = LabelPropagationTest.randomFeatures(random, 1, distinct, C);
        float[] data = new float[H * W * C];
        for (int p = 0; p < H * W; p++) {
            System.arraycopy(palette.data(), random.nextInt(distinct) * C, data, p * C, C);
        }
        return new FeatureMap(H, W, C, data);
    }
}
