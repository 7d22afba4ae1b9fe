package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.junit.jupiter.api.Test;

/**
 * The float64 proof runs the same propagation in float64: the same keys as float32 where no near-tie separates
 * them, labels within float32 rounding of the float32 run's, and labels that float32 cannot hold (so the labels
 * fed back really are float64). The proof against the reference's float64 truth is the parity suite's.
 */
class PropagationPrecisionTest {

    @Test
    void float64RunsTheSamePropagationInFloat64() {
        // more than one chunk of long-memory queries, searched by blocks; several key tiles
        int h = 33;
        int w = 40;
        int c = 8;
        PropagationSettings settings = new PropagationSettings(2, 4, 4, 0.05);
        assertTrue(BlockSearch.bestLength(h * w, settings.topK() + 1) > 0);
        Random random = new Random(5);
        List<FeatureMap> features = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            features.add(LabelPropagationTest.randomFeatures(random, h, w, c));
        }
        SoftLabels label0 = LabelPropagationTest.randomOneHot(random, h, w, 3);
        try (LabelPropagation single = new LabelPropagation(settings, h, w, c, SessionSettings.defaults());
             LabelPropagation proof = new LabelPropagation(settings, h, w, c, SessionSettings.defaults(),
                     PropagationPrecision.FLOAT64)) {
            single.start(features.get(0), label0);
            proof.start(features.get(0), label0);
            for (int t = 1; t < features.size(); t++) {
                SoftLabels rounded = single.next(features.get(t));
                SoftLabels proofRounded = proof.next(features.get(t));
                KeySelection a = single.lastSelection();
                KeySelection b = proof.lastSelection();
                int sameKeys = 0;
                for (int i = 0; i < a.cells().length; i++) {
                    sameKeys += a.slots()[i] == b.slots()[i] && a.cells()[i] == b.cells()[i] ? 1 : 0;
                }
                assertTrue(sameKeys > 0.99 * a.cells().length, "frame " + t + ": " + sameKeys + " keys agree");
                double[] exact = proof.lastLabelsExact();
                double err = 0;
                int beyondFloat = 0;
                for (int i = 0; i < exact.length; i++) {
                    err = Math.max(err, Math.abs(exact[i] - rounded.data()[i]));
                    beyondFloat += exact[i] != (float) exact[i] ? 1 : 0;
                    assertEquals((float) exact[i], proofRounded.data()[i]);
                }
                assertTrue(err < 1e-5, "frame " + t + ": float64 and float32 labels differ by " + err);
                assertTrue(beyondFloat > exact.length / 2, "frame " + t + ": only " + beyondFloat
                        + " labels need float64");
            }
        }
    }

    @Test
    void float64RefusesNormalizedMasks() {
        PropagationSettings settings = new PropagationSettings(2, 4, 4, 0.05, List.of(0), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LabelPropagation(
                settings, 6, 7, 8, SessionSettings.defaults(), PropagationPrecision.FLOAT64).close());
        assertTrue(e.getMessage().contains("norm-mask"), e.getMessage());
    }
}
