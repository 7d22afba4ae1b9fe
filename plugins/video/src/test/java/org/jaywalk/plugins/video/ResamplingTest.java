package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Expected values computed with torchvision's formulas (float64 lengths, float32 indices). */
class ResamplingTest {

    @Test
    void thirtyToEightFpsTakesFloorOfMultiplesOfThreePointSevenFive() {
        Resampling r = Resampling.of(30, 8);
        assertFalse(r.wholeStep());
        assertEquals(80, r.length(300)); // 300 * (8 / 30) = 80.0
        assertArrayEquals(new int[] {0, 3, 7, 11, 15, 18, 22, 26}, frames(r, 8));
        assertEquals(296, r.sourceFrame(79));
    }

    @Test
    void wholeStepsSliceAndKeepTheRemainder() {
        Resampling r = Resampling.of(24, 8);
        assertTrue(r.wholeStep());
        assertEquals(101, r.length(301)); // len(range(0, 301, 3)), where the formula would give 100
        assertArrayEquals(new int[] {0, 3, 6, 9}, frames(r, 4));
    }

    @Test
    void ntscRatesUseTheFloatLength() {
        assertEquals(80, Resampling.of(29.97, 8).length(300)); // 80.08
        assertEquals(79, Resampling.of(30000.0 / 1001, 8).length(296)); // 79.01
    }

    @Test
    void upsamplingRepeatsFrames() {
        Resampling r = Resampling.of(8, 16);
        assertEquals(20, r.length(10));
        assertArrayEquals(new int[] {0, 0, 1, 1, 2}, frames(r, 5));
    }

    @Test
    void noTargetRateOrUnknownFpsKeepsEveryFrame() {
        assertArrayEquals(new int[] {0, 1, 2}, frames(Resampling.of(25, 0), 3));
        assertEquals(7, Resampling.of(25, 0).length(7));
        assertEquals(7, Resampling.of(0, 0).length(7));
        assertEquals(56, Resampling.of(0, 8).length(7)); // fps None counts as 1: step 1/8
    }

    private static int[] frames(Resampling r, int count) {
        return IntStream.range(0, count).map(r::sourceFrame).toArray();
    }
}
