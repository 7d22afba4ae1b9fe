package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link OpenCvLinearResize} keeps {@code cv2.resize}'s INTER_LINEAR semantics. */
class OpenCvLinearResizeTest {

    @Test
    void upsamplingUsesHalfPixelCentresAndClampsAtTheEdges() {
        float[] up = OpenCvLinearResize.resize(new float[] {0, 1}, 1, 2, 1, 1, 4);
        assertArrayEquals(new float[] {0, 0.25f, 0.75f, 1}, up, 1e-7f);
        float[] column = OpenCvLinearResize.resize(new float[] {0, 1}, 2, 1, 1, 4, 1);
        assertArrayEquals(new float[] {0, 0.25f, 0.75f, 1}, column, 1e-7f);
    }

    @Test
    void downsamplingSamplesTwoTapsInsteadOfAveragingTheArea() {
        float[] src = {0, 0, 0, 0, 0, 0, 0, 8};
        // centres of the two output pixels fall at 1.5 and 5.5: no weight reaches the last pixel
        assertArrayEquals(new float[] {0, 0}, OpenCvLinearResize.resize(src, 1, 8, 1, 1, 2), 0);
        float[] ramp = {0, 1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(new float[] {1.5f, 5.5f}, OpenCvLinearResize.resize(ramp, 1, 8, 1, 1, 2), 1e-6f);
    }

    @Test
    void channelsAreResizedIndependently() {
        float[] src = {0, 10, 1, 20}; // [1, 2, 2]
        float[] out = OpenCvLinearResize.resize(src, 1, 2, 2, 1, 4);
        assertArrayEquals(new float[] {0, 10, 0.25f, 12.5f, 0.75f, 17.5f, 1, 20}, out, 1e-6f);
    }

    @Test
    void davisSizedFramesMapToTheFeatureGrid() {
        float[] src = new float[480 * 854];
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 854; x++) {
                src[y * 854 + x] = x;
            }
        }
        float[] out = OpenCvLinearResize.resize(src, 480, 854, 1, 60, 107);
        // x centre of output column 106: (106.5 * 854/107) - 0.5 = 849.509...
        assertEquals(106.5 * 854 / 107 - 0.5, out[106], 1e-3);
        assertEquals(0.5 * 854 / 107 - 0.5, out[0], 1e-4);
    }
}
