package org.jaywalk.plugins.davis.jhmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where eval_pck.py's bugs show ({@code reference-bugs}) and where the intended PCK differs. */
class PckTest {

    /** Joints at the same place in both frames (frame 0 is never scored), predicted in pixels of a 10 px grid. */
    private static PoseSequence sequence(double[] x, double[] y, float[] px, float[] py) {
        int joints = x.length;
        double[][][] truth = new double[2][joints][2];
        float[][][] predicted = new float[2][joints][2];
        for (int j = 0; j < joints; j++) {
            for (int k = 0; k < 2; k++) {
                truth[0][j][k] = x[j];
                truth[1][j][k] = y[j];
                predicted[0][j][k] = px[j];
                predicted[1][j][k] = py[j];
            }
        }
        return new PoseSequence("s", truth, predicted, 400, 400, 40, 40);
    }

    @Test
    void theReferenceBoxMaximumStartsAtMinusOne() {
        // every ground-truth x below -1: the reference's box spans from -30 to -1 in x instead of -30 to -10
        PoseSequence s = sequence(new double[] {-30, -20, -10}, new double[] {0, 0, 0},
                new float[] {0, 2, 4}, new float[] {0, 0, 0});
        double[][] reference = new Pck(true).add(s);
        double[][] intended = new Pck(false).add(s);
        assertEquals(0.6 * 29, norm(0 - -30, 0) / reference[0][1], 1e-9);
        assertEquals(0.6 * 20, norm(0 - -30, 0) / intended[0][1], 1e-9);
        assertEquals(Double.NaN, reference[0][0], "frame 0 is not scored");
    }

    @Test
    void theReferenceScalesByFortyCellsWhateverTheGrid() {
        // a 50-cell grid over 100 px: a cell is 2 px, but the reference takes 100 / 40 = 2.5 px
        double[][][] truth = {{{0, 0}, {50, 50}}, {{0, 0}, {0, 0}}};
        float[][][] predicted = {{{1, 1}, {25, 25}}, {{0, 0}, {0, 0}}};
        PoseSequence s = new PoseSequence("s", truth, predicted, 100, 100, 50, 50);
        double box = 0.6 * 50;
        assertEquals(2.5 / box, new Pck(true).add(s)[0][1], 1e-12);
        assertEquals(2.0 / box, new Pck(false).add(s)[0][1], 1e-12);
    }

    private static double norm(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }
}
