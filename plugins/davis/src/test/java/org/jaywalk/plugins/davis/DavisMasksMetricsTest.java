package org.jaywalk.plugins.davis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jaywalk.framework.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * J&amp;F on real DAVIS masks ({@code ../shared/data/davis-masks}) with perturbed copies as predictions. The
 * expected numbers come from an independent NumPy re-implementation of the official formulas (full dilation
 * with the disk instead of Jaywalk's row counts), run on the prediction files this test writes.
 */
class DavisMasksMetricsTest {

    /** How predictions are made from the ground truth of frame {@code index}. */
    private record Case(String sequence, BiFunction<LabelImage, Integer, LabelImage> perturb) {
    }

    private static final List<Case> CASES = List.of(
            new Case("bike-packing", (m, i) -> Masks.shift(m, 3, 2)),   // 910x480: tolerance 9
            new Case("shooting", (m, i) -> Masks.erode(m, 3)),          // 1152x480: tolerance 10
            new Case("dogs-jump", (m, i) -> Masks.drop(m, 3)),           // fewer objects: zero-padded
            new Case("judo", (m, i) -> i % 2 == 0 ? m : Masks.shift(m, -12, 0)));

    @Test
    void perturbedMasksScoreAsTheOfficialFormulas() {
        Path root = SharedData.requireShared("data/davis-masks");
        DavisLayout davis = new DavisLayout(root);
        Path results = Path.of("target", "davis-masks-predictions").toAbsolutePath();
        List<ObjectScores> objects = new ArrayList<>();
        SequenceScorer scorer = new SequenceScorer(davis, results);
        for (Case c : CASES) {
            List<Path> truth = davis.annotations(c.sequence());
            for (int i = 0; i < truth.size(); i++) {
                LabelImage gt = MaskPng.read(truth.get(i));
                MaskPng.write(results.resolve(c.sequence()).resolve(truth.get(i).getFileName()), c.perturb().apply(gt, i));
            }
            objects.addAll(scorer.score(c.sequence()));
        }
        MetricsReport report = new MetricsReport(objects);
        Map<String, Double> global = report.global();
        double[] expected = EXPECTED_GLOBAL;
        int k = 0;
        for (String column : MetricsReport.GLOBAL_COLUMNS) {
            assertEquals(expected[k++], global.get(column), 1e-12, column);
        }
        for (int o = 0; o < objects.size(); o++) {
            assertEquals(EXPECTED_J[o], objects.get(o).jStatistics().mean(), 1e-12, objects.get(o).name() + " J");
            assertEquals(EXPECTED_F[o], objects.get(o).fStatistics().mean(), 1e-12, objects.get(o).name() + " F");
        }
    }

    /** NumPy's numbers (see the class comment); Jaywalk agreed to 1e-16 when they were taken. */
    private static final double[] EXPECTED_GLOBAL = {0.800357973030986, 0.7602092645805885, 0.8702302631578946,
        0.0020086502676459283, 0.8405066814813835, 0.83125, -0.0380429862542123};
    /** Objects in order: bike-packing 1-2, shooting 1-3, dogs-jump 1-3 (3 dropped), judo 1-2. */
    private static final double[] EXPECTED_J = {0.7716565534314382, 0.8848989913984747, 0.6801053024432892,
        0.8917090009681132, 0.7600598191911763, 1.0, 1.0, 0.0, 0.8363889486008331, 0.7772740297725595};
    private static final double[] EXPECTED_F = {0.9999036525171283, 0.9996949592571304, 0.9736632608266547,
        0.9531949055215421, 0.9951606490811585, 1.0, 1.0, 0.0, 0.7095141870595933, 0.7739352005506288};
}
