package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sparse propagation against the dense-then-mask oracle, on random features of awkward sizes. */
class LabelPropagationTest {

    @ParameterizedTest(name = "{0}x{1}x{2}, {3} frames, videoLen {4}, topk {5}, radius {6}")
    @CsvSource({
        "7, 9, 16, 6, 3, 5, 3",       // the parity case's shape: frame 0 fills the whole short-term context
        "10, 13, 8, 8, 2, 4, 2.5",    // frame 0 leaves the short-term context; fractional radius
        "5, 6, 4, 4, 5, 3, 10",       // radius wider than the frame
        "9, 17, 16, 5, 20, 10, 12",   // DAVIS settings; several tiles
        "33, 40, 8, 3, 2, 4, 4",      // more than one chunk of long-memory queries
        "6, 7, 8, 5, 0, 3, 2",        // no short-term context at all
    })
    void matchesTheDenseReference(int h, int w, int c, int frames, int videoLen, int topK, double radius) {
        matchesTheDenseReference(h, w, c, frames, new PropagationSettings(videoLen, topK, radius, 0.05));
    }

    @ParameterizedTest(name = "long-mem {0}, norm-mask {1}")
    @CsvSource(delimiter = ';', value = {
        "0,2; false",   // frame 0 in two slots, then frame 3 from frame 6 on
        "1; false",     // frame 2 from frame 5 on, also a short-term key for a while
        "0; true",      // normalized outputs and long-memory labels of frame 0
        "0,0,3; true",
    })
    void longMemoryAndNormalizedMasksMatchTheDenseReference(String longMem, boolean normMask) {
        List<Integer> longMemory = Arrays.stream(longMem.split(",")).map(Integer::valueOf).toList();
        matchesTheDenseReference(8, 9, 8, 9, new PropagationSettings(3, 4, 3, 0.05, longMemory, normMask));
    }

    private static void matchesTheDenseReference(int h, int w, int c, int frames, PropagationSettings settings) {
        Random random = new Random(h * 1000L + w);
        List<FeatureMap> features = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            features.add(randomFeatures(random, h, w, c));
        }
        SoftLabels label0 = settings.normalizeMasks() ? randomSoft(random, h, w, 3) : randomOneHot(random, h, w, 3);
        DensePropagation dense = new DensePropagation(settings, features, label0);
        try (LabelPropagation sparse = new LabelPropagation(settings, h, w, c, SessionSettings.defaults())) {
            sparse.start(features.get(0), label0);
            for (int t = 1; t < frames; t++) {
                SoftLabels pred = sparse.next(features.get(t));
                assertSameSelection(dense.selections.get(t), sparse.lastSelection(), t, h * w, settings);
                float[] expected = dense.predictions.get(t);
                if (settings.normalizeMasks()) {
                    expected = CellNormalization.apply(new SoftLabels(h, w, label0.labels(), expected)).data();
                }
                double err = 0;
                for (int i = 0; i < expected.length; i++) {
                    err = Math.max(err, Math.abs(expected[i] - pred.data()[i]));
                }
                // normalizing divides by each cell's spread, which magnifies float noise
                double tolerance = settings.normalizeMasks() ? 1e-4 : 1e-5;
                assertTrue(err < tolerance, "frame " + t + ": labels differ by " + err);
            }
        }
    }

    /** Same keys (as real frame and cell, so that copies of frame 0 are interchangeable) and weights per rank. */
    static void assertSameSelection(DensePropagation.Selection expected, KeySelection actual, int t, int cells,
                                    PropagationSettings settings) {
        int k = actual.k();
        for (int q = 0; q < cells; q++) {
            long[] want = new long[k];
            long[] got = new long[k];
            for (int i = 0; i < k; i++) {
                assertEquals(expected.weights()[q][i], actual.weights()[q * k + i], 1e-5,
                        "frame " + t + " query " + q + " rank " + i);
                want[i] = keyIdentity(expected.keys()[q][i], cells, t, settings);
                got[i] = keyIdentity(actual.flatIndex(q, i, cells), cells, t, settings);
            }
            Arrays.sort(want);
            Arrays.sort(got);
            assertTrue(Arrays.equals(want, got), "frame " + t + " query " + q + ": keys " + Arrays.toString(got)
                    + ", expected " + Arrays.toString(want));
        }
    }

    /**
     * A flat key index as (real frame, cell, labels): the padding copies of frame 0 are the same key, but frame 0
     * in a long-memory slot has other labels with {@code norm-mask}.
     */
    static long keyIdentity(int flat, int cells, int t, PropagationSettings settings) {
        int slot = flat / cells;
        int m = settings.longSlots();
        int frame = slot < m ? settings.longMemoryFrame(slot, t) : settings.shortTermFrame(slot - m, t);
        boolean normalizedLabels = settings.normalizeMasks() && slot < m && frame == 0;
        return ((long) frame * cells + flat % cells) * 2 + (normalizedLabels ? 1 : 0);
    }

    static FeatureMap randomFeatures(Random random, int h, int w, int c) {
        float[] data = new float[h * w * c];
        for (int p = 0; p < h * w; p++) {
            double norm = 0;
            for (int ch = 0; ch < c; ch++) {
                data[p * c + ch] = (float) random.nextGaussian();
                norm += data[p * c + ch] * data[p * c + ch];
            }
            for (int ch = 0; ch < c; ch++) {
                data[p * c + ch] /= (float) Math.sqrt(norm);
            }
        }
        return new FeatureMap(h, w, c, data);
    }

    /** Random distributions over {@code labels} (never all equal in a cell). */
    static SoftLabels randomSoft(Random random, int h, int w, int labels) {
        float[] data = new float[h * w * labels];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat();
        }
        return new SoftLabels(h, w, labels, data);
    }

    static SoftLabels randomOneHot(Random random, int h, int w, int labels) {
        float[] data = new float[h * w * labels];
        for (int p = 0; p < h * w; p++) {
            data[p * labels + random.nextInt(labels)] = 1;
        }
        return new SoftLabels(h, w, labels, data);
    }
}
