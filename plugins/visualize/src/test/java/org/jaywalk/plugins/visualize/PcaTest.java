package org.jaywalk.plugins.visualize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PCA of hand-made point sets whose components are known. */
class PcaTest {

    private static final double EXACT = 1e-9;

    @Test
    void pointsOnALineHaveThatLineAsFirstComponentAndNoOther() {
        // (0, 0), (1, 2), (2, 4), (3, 6): the line through the origin along (1, 2), centred at (1.5, 3)
        float[][] points = {{0, 0}, {1, 2}, {2, 4}, {3, 6}};
        Pca pca = Pca.fit(points, 3);
        assertArrayEquals(new double[] {1.5, 3}, pca.mean(), EXACT);
        double root5 = Math.sqrt(5);
        assertArrayEquals(new double[] {1 / root5, 2 / root5}, pca.components()[0], EXACT);
        // along the line the points lie at -1.5, -0.5, 0.5, 1.5 steps of length sqrt 5: variance 1.25 * 5
        assertArrayEquals(new double[] {6.25, 0, 0}, pca.variances(), EXACT);
        assertArrayEquals(new double[] {0, 0}, pca.components()[1], EXACT, "no second direction: zero");
        double[][] projected = pca.project(points);
        for (int i = 0; i < points.length; i++) {
            assertArrayEquals(new double[] {(i - 1.5) * root5, 0, 0}, projected[i], EXACT);
        }
    }

    @Test
    void axisAlignedSpreadsComeOutLargestFirstWithTheLargestEntryPositive() {
        // +-3 along z, +-2 along x, +-1 along y: variances 18 / 6, 8 / 6, 2 / 6 over the six points
        float[][] points = {{2, 0, 0}, {-2, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 3}, {0, 0, -3}};
        Pca pca = Pca.fit(points, 3);
        assertArrayEquals(new double[] {3, 4 / 3.0, 1 / 3.0}, pca.variances(), EXACT);
        assertArrayEquals(new double[] {0, 0, 1}, pca.components()[0], EXACT);
        assertArrayEquals(new double[] {1, 0, 0}, pca.components()[1], EXACT);
        assertArrayEquals(new double[] {0, 1, 0}, pca.components()[2], EXACT);
    }

    @Test
    void fewerPointsThanDimensionsGiveTheSameComponentsThroughTheGramMatrix() {
        SplittableRandom random = new SplittableRandom(7);
        float[][] tall = new float[40][6];
        for (float[] p : tall) {
            for (int j = 0; j < p.length; j++) {
                p[j] = (float) (random.nextGaussian() * (j + 1));
            }
        }
        float[][] wide = new float[5][]; // 5 points in 6 dimensions: the Gram route
        System.arraycopy(tall, 0, wide, 0, 5);
        Pca gram = Pca.fit(wide, 3);
        // the same 5 points padded with copies of their mean keep the directions but take the scatter route
        float[][] padded = new float[12][];
        System.arraycopy(wide, 0, padded, 0, 5);
        float[] mean = new float[6];
        for (int j = 0; j < 6; j++) {
            mean[j] = (float) gram.mean()[j];
        }
        for (int i = 5; i < padded.length; i++) {
            padded[i] = mean;
        }
        Pca scatter = Pca.fit(padded, 3);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(scatter.components()[c], gram.components()[c], 1e-5, "component " + c);
            assertEquals(gram.variances()[c] * 5 / 12, scatter.variances()[c], 1e-5);
        }
    }

    @Test
    void coloursSpanEachComponentFromZeroTo255() {
        int[] rgb = PcaView.colours(new double[][] {{-1, 5, 0}, {1, 7, 0}, {0, 6, 0}});
        assertArrayEquals(new int[] {0x00_00_80, 0xFF_FF_80, 0x80_80_80}, rgb, "a flat component is mid-grey");
    }
}
