package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jaywalk.framework.spi.MemorySize;
import org.junit.jupiter.api.Test;

/** Estimating propagation's peak memory from the frame size, and stopping with a line when it does not fit. */
class PropagationMemoryTest {

    /** ResNet-18 without layer4: stride 8, 256 channels. */
    private static PropagationFootprint footprint(int width, int height, int contextLength) {
        return new PropagationFootprint(width, height, (long) ((height + 7) / 8) * ((width + 7) / 8), 256, contextLength);
    }

    @Test
    void theEstimateCoversWhatWasMeasured() {
        // bench propagate peaks (resident MiB, videoLen 20): 851 at 427x240, 1286 at 854x480, 2147 at 1280x720,
        // 3074 at 1708x960
        int[][] measured = {{427, 240, 851}, {854, 480, 1286}, {1280, 720, 2147}, {1708, 960, 3074}};
        for (int[] m : measured) {
            double estimate = footprint(m[0], m[1], 20).peak().bytes() / (double) (1 << 20);
            assertTrue(estimate >= m[2] && estimate <= 1.25 * m[2], m[0] + "x" + m[1] + ": " + estimate + " MiB");
        }
    }

    @Test
    void anEightKVideoStopsSayingWhatItNeedsAndHowToNeedLess() {
        PropagationMemory sixteen = PropagationMemory.parse("16G", "--memory-limit", "--video-len");
        DavisDataException e = assertThrows(DavisDataException.class,
                () -> sixteen.require(footprint(7680, 4320, 20)));
        assertTrue(e.getMessage().matches("propagating 7680x4320 frames with --video-len 20 needs about \\d+\\.\\d GiB,"
                + " more than the memory limit of 16\\.0 GiB \\(--memory-limit\\): downscale the frames to at most"
                + " 3\\d{3}x\\d{4}, or raise --memory-limit if you know it fits"), e.getMessage());
    }

    @Test
    void aShorterContextIsSuggestedWhenItFits() {
        PropagationMemory four = PropagationMemory.parse("4G", "evaluation.memory-limit", "evaluation.video-len");
        DavisDataException e = assertThrows(DavisDataException.class, () -> four.require(footprint(1920, 1080, 20)));
        assertTrue(e.getMessage().contains(", or set evaluation.video-len to "), e.getMessage());
        int context = footprint(1920, 1080, 20).longestContextWithin(MemorySize.parse("4G"));
        four.require(footprint(1920, 1080, context)); // fits
        assertEquals(-1, footprint(7680, 4320, 20).longestContextWithin(MemorySize.parse("16G")));
    }

    @Test
    void theLimitIsGivenOrAutomatic() {
        PropagationMemory auto = PropagationMemory.parse("auto", "--memory-limit", "--video-len");
        assertTrue(auto.given().isEmpty() && auto.limit().bytes() > 0, auto.toString()); // its size varies with load
        assertEquals(MemorySize.parse("16G"), PropagationMemory.parse("16G", "x", "y").limit());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PropagationMemory.parse("lots", "--memory-limit", "--video-len"));
        assertTrue(bad.getMessage().startsWith("--memory-limit: 'lots' is not a memory size"), bad.getMessage());
    }
}
