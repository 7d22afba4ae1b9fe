package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VideoClipsTest {

    /** Six 10 s videos at 30 fps, resampled to 8 fps, clips of 4 (the seed notes' table). */
    static VideoClips sixTenSecondVideos() {
        int[] frames = new int[6];
        double[] fps = new double[6];
        Arrays.fill(frames, 300);
        Arrays.fill(fps, 30);
        return new VideoClips(frames, fps, 8, 4);
    }

    @Test
    void tenSecondsAtThirtyFpsGive77ClipsOfFour() {
        VideoClips clips = sixTenSecondVideos();
        assertEquals(77, clips.clips(0));
        assertEquals(462, clips.totalClips());
        assertArrayEquals(new int[] {77, 154, 231, 308, 385, 462}, clips.cumulativeSizes());
    }

    @Test
    void clipFramesAreConsecutiveResampledFrames() {
        VideoClips clips = sixTenSecondVideos();
        assertArrayEquals(new int[] {0, 3, 7, 11}, clips.frames(2, 0));
        assertArrayEquals(new int[] {3, 7, 11, 15}, clips.frames(2, 1));
        assertArrayEquals(new int[] {285, 288, 292, 296}, clips.frames(2, 76));
        assertThrows(IndexOutOfBoundsException.class, () -> clips.frames(2, 77));
    }

    @Test
    void locateIsBisectRightOverCumulativeSizes() {
        VideoClips clips = sixTenSecondVideos();
        assertEquals(new VideoClips.ClipLocation(0, 0), clips.locate(0));
        assertEquals(new VideoClips.ClipLocation(0, 76), clips.locate(76));
        assertEquals(new VideoClips.ClipLocation(1, 0), clips.locate(77));
        assertEquals(new VideoClips.ClipLocation(5, 76), clips.locate(461));
        assertThrows(IndexOutOfBoundsException.class, () -> clips.locate(462));
    }

    @Test
    void videosTooShortForAClipHaveNone() {
        // 5 frames at 30 fps -> floor(1.33) = 1 resampled frame, fewer than 4
        VideoClips clips = new VideoClips(new int[] {300, 5, 300}, new double[] {30, 30, 30}, 8, 4);
        assertEquals(0, clips.clips(1));
        assertArrayEquals(new int[] {77, 77, 154}, clips.cumulativeSizes());
        assertEquals(new VideoClips.ClipLocation(2, 0), clips.locate(77));
    }
}
