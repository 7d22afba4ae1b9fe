package org.jaywalk.plugins.davis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Test oracle: videowalk's propagation done the reference's way, in double precision: every key of every
 * context slot scored, short-term keys outside the radius masked out, a full sort per query. The predictions are
 * the labels fed back (never normalized); with {@code norm-mask}, frame 0's long-memory labels are normalized.
 */
final class DensePropagation {

    /** Kept keys per query of one frame: flat key indices ({@code slot * h*w + cell}) and weights, best first. */
    record Selection(int[][] keys, double[][] weights, double[][] scaledScores) {
    }

    final List<float[]> predictions = new ArrayList<>();
    final List<Selection> selections = new ArrayList<>();

    DensePropagation(PropagationSettings s, List<FeatureMap> features, SoftLabels label0) {
        int h = label0.height();
        int w = label0.width();
        int cells = h * w;
        int c = features.get(0).channels();
        int m = s.longSlots();
        float r = (float) s.radius();
        predictions.add(label0.data());
        float[] firstLong = s.normalizeMasks() ? CellNormalization.apply(label0).data() : label0.data();
        selections.add(null);
        for (int t = 1; t < features.size(); t++) {
            int frameT = t;
            int[] frameOfSlot = IntStream.range(0, m + s.contextLength())
                    .map(slot -> slot < m ? s.longMemoryFrame(slot, frameT) : s.shortTermFrame(slot - m, frameT)).toArray();
            float[] q = features.get(t).data();
            int[][] keys = new int[cells][];
            double[][] weights = new double[cells][];
            double[][] scaled = new double[cells][];
            float[] pred = new float[cells * label0.labels()];
            for (int qi = 0; qi < cells; qi++) {
                List<double[]> candidates = new ArrayList<>(); // {score, flat index}
                for (int slot = 0; slot < frameOfSlot.length; slot++) {
                    float[] k = features.get(frameOfSlot[slot]).data();
                    for (int cell = 0; cell < cells; cell++) {
                        if (slot >= m && !RadiusStencil.within(cell / w - qi / w, cell % w - qi % w, r)) {
                            continue;
                        }
                        double dot = 0;
                        for (int ch = 0; ch < c; ch++) {
                            dot += (double) q[qi * c + ch] * k[cell * c + ch];
                        }
                        candidates.add(new double[] {dot / s.temperature(), slot * cells + cell});
                    }
                }
                candidates.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
                int kk = s.topK();
                keys[qi] = new int[kk];
                weights[qi] = new double[kk];
                scaled[qi] = new double[Math.min(kk + 1, candidates.size())];
                double sum = 0;
                for (int i = 0; i < kk; i++) {
                    keys[qi][i] = (int) candidates.get(i)[1];
                    weights[qi][i] = Math.exp(candidates.get(i)[0] - candidates.get(0)[0]);
                    sum += weights[qi][i];
                }
                for (int i = 0; i < scaled[qi].length; i++) {
                    scaled[qi][i] = candidates.get(i)[0];
                }
                for (int i = 0; i < kk; i++) {
                    weights[qi][i] /= sum;
                    int slot = keys[qi][i] / cells;
                    int cell = keys[qi][i] % cells;
                    float[] labels = slot < m && frameOfSlot[slot] == 0 ? firstLong : predictions.get(frameOfSlot[slot]);
                    for (int l = 0; l < label0.labels(); l++) {
                        pred[qi * label0.labels() + l] += (float) (weights[qi][i] * labels[cell * label0.labels() + l]);
                    }
                }
            }
            predictions.add(pred);
            selections.add(new Selection(keys, weights, scaled));
        }
    }
}
