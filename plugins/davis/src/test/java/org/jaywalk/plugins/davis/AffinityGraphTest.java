package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jaywalk.framework.graph.SessionSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The long-memory top-k searched by blocks is the plain top-k, ties and their order included. */
class AffinityGraphTest {

    @ParameterizedTest(name = "{0}x{1}, topk {2}, {3} distinct feature vectors")
    @CsvSource({
        "14, 19, 5, 3",       // ties everywhere: every key equals many others
        "14, 19, 5, 150",     // a few copies of each key: ties at every rank, within and across blocks
        "33, 40, 4, 0",       // random features, more than one chunk of queries
        "60, 107, 10, 3000",  // the DAVIS feature map
    })
    void blockSearchEqualsThePlainTopK(int h, int w, int k, int distinct) {
        int c = 8;
        Random random = new Random(h * 31L + distinct);
        FeatureMap query = features(random, h, w, c, distinct);
        FeatureMap memory = features(random, h, w, c, distinct);
        assertTrue(AffinityGraph.blockLength(h * w, k + 1) > 0, "the block search is used");
        RadiusStencil stencil = new RadiusStencil(4);
        try (AffinityGraph blocks = new AffinityGraph(h, w, c, k, stencil, SessionSettings.defaults(), true);
             AffinityGraph plain = new AffinityGraph(h, w, c, k, stencil, SessionSettings.defaults(), false);
             FrameTensors q1 = blocks.upload(query, false, false);
             FrameTensors m1 = blocks.upload(memory, false, false);
             FrameTensors q2 = plain.upload(query, false, false);
             FrameTensors m2 = plain.upload(memory, false, false)) {
            MemoryScores a = blocks.memory(q1, m1, false);
            MemoryScores b = plain.memory(q2, m2, false);
            assertArrayEquals(b.top().values(), a.top().values());
            assertArrayEquals(b.top().cells(), a.top().cells());
            assertArrayEquals(b.tiedBeyondTop(), a.tiedBeyondTop());
            boolean anyTied = false;
            for (boolean tied : a.tiedBeyondTop()) {
                anyTied |= tied;
            }
            assertEquals(distinct > 0, anyTied);
        }
    }

    /** Unit feature vectors, drawn from {@code distinct} vectors (0: all different). */
    private static FeatureMap features(Random random, int h, int w, int c, int distinct) {
        FeatureMap palette = LabelPropagationTest.randomFeatures(random, 1, Math.max(distinct, 1), c);
        FeatureMap all = LabelPropagationTest.randomFeatures(random, h, w, c);
        if (distinct == 0) {
            return all;
        }
        float[] data = new float[h * w * c];
        for (int p = 0; p < h * w; p++) {
            System.arraycopy(palette.data(), random.nextInt(distinct) * c, data, p * c, c);
        }
        return new FeatureMap(h, w, c, data);
    }
}
