package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** J, F and the per-object statistics on hand-computed cases (values checked against the official formulas). */
class MetricsTest {

    private static boolean[] bits(String... rows) {
        LabelImage m = Masks.of(rows);
        boolean[] b = new boolean[m.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = m.label(i) == 1;
        }
        return b;
    }

    @Test
    void boundaryIsOffsetTowardsTheOriginAndSkipsTheLastRowAndColumn() {
        LabelImage square = Masks.of("0000", "0110", "0110", "0000");
        assertArrayEquals(bits("1110", "1010", "1110", "0000"), BoundaryMap.of(square, 1));
    }

    @Test
    void maskTouchingTheRightBorderHasNoBoundaryThere() {
        LabelImage right = Masks.of("0011", "0011", "0011");
        assertArrayEquals(bits("0100", "0100", "0100"), BoundaryMap.of(right, 1));
        LabelImage full = Masks.of("111", "111");
        assertArrayEquals(new boolean[6], BoundaryMap.of(full, 1));
    }

    @Test
    void toleranceGrowsWithTheImageDiagonal() {
        assertEquals(8, BoundaryMeasure.tolerance(854, 480));
        assertEquals(9, BoundaryMeasure.tolerance(910, 480));
        assertEquals(10, BoundaryMeasure.tolerance(1152, 480));
        assertEquals(2, BoundaryMeasure.tolerance(100, 100));
    }

    @Test
    void diskHalfWidthsFollowTheClosedDisk() {
        assertArrayEquals(new int[] {0, 1, 2, 1, 0}, BoundaryMeasure.diskHalfWidths(2));
        assertArrayEquals(new int[] {0, 2, 2, 3, 2, 2, 0}, BoundaryMeasure.diskHalfWidths(3));
    }

    @Test
    void shiftWithinTheToleranceIsAPerfectContour() {
        LabelImage gt = Masks.rectangle(100, 100, 20, 20, 60, 60, 1);
        assertEquals(1.0, BoundaryMeasure.of(gt, Masks.shift(gt, 2, 0), 1), 0);
        assertEquals(0.525, BoundaryMeasure.of(gt, Masks.shift(gt, 3, 0), 1), 1e-12);
        assertEquals(38.0 / 42, RegionSimilarity.of(gt, Masks.shift(gt, 2, 0), 1), 1e-12);
    }

    @Test
    void theSameShiftPassesOnALargerImage() {
        LabelImage gt = Masks.rectangle(300, 300, 20, 20, 60, 60, 1); // tolerance 4
        assertEquals(1.0, BoundaryMeasure.of(gt, Masks.shift(gt, 4, 0), 1), 0);
        assertEquals(0.55, BoundaryMeasure.of(gt, Masks.shift(gt, 5, 0), 1), 1e-12);
    }

    @Test
    void emptyMasks() {
        LabelImage empty = LabelImage.blank(10, 10);
        LabelImage square = Masks.rectangle(10, 10, 2, 2, 5, 5, 1);
        assertEquals(1.0, RegionSimilarity.of(empty, empty, 1));
        assertEquals(1.0, BoundaryMeasure.of(empty, empty, 1));
        assertEquals(0.0, RegionSimilarity.of(square, empty, 1));
        assertEquals(0.0, BoundaryMeasure.of(square, empty, 1));
        assertEquals(0.0, BoundaryMeasure.of(empty, square, 1));
        // a full-image mask has no boundary at all, so F against an empty prediction is 1 while J is 0
        LabelImage full = Masks.rectangle(10, 10, 0, 0, 10, 10, 1);
        assertEquals(1.0, BoundaryMeasure.of(full, empty, 1));
        assertEquals(0.0, RegionSimilarity.of(full, empty, 1));
    }

    @Test
    void otherLabelsDoNotCount() {
        LabelImage gt = Masks.of("1122", "1122");
        LabelImage predicted = Masks.of("1222", "1122");
        assertEquals(3.0 / 4, RegionSimilarity.of(gt, predicted, 1), 1e-15);
        assertEquals(4.0 / 5, RegionSimilarity.of(gt, predicted, 2), 1e-15);
    }

    @Test
    void statisticsUseOverlappingQuarterBins() {
        ObjectStatistics s = ObjectStatistics.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0});
        assertEquals(0.45, s.mean(), 1e-15);
        assertEquals(0.4, s.recall(), 0); // 0.5 itself is not above 0.5
        assertEquals(0.7, s.decay(), 1e-15);
        assertArrayEquals(new int[] {0, 2, 5, 7, 9}, ObjectStatistics.binCuts(10));
        assertEquals(new ObjectStatistics(0.75, 0.5, 0.5), ObjectStatistics.of(new double[] {1.0, 0.5}));
        assertEquals(new ObjectStatistics(0.7, 1.0, 0.0), ObjectStatistics.of(new double[] {0.7}));
        assertEquals(Double.NaN, ObjectStatistics.of(new double[0]).mean());
    }
}
