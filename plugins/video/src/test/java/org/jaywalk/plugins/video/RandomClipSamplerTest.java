package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomClipSamplerTest {

    @Test
    void epochTakesFiveDistinctClipsOfEveryVideo() {
        VideoClips clips = VideoClipsTest.sixTenSecondVideos();
        RandomClipSampler sampler = new RandomClipSampler(clips, 5, 7);
        assertEquals(30, sampler.epochSize());
        int[] perVideo = new int[6];
        Set<Integer> seen = new HashSet<>();
        for (int clip : sampler.order(0)) {
            perVideo[clips.locate(clip).video()]++;
            assertTrue(seen.add(clip), "clip " + clip + " twice");
        }
        assertArrayEquals(new int[] {5, 5, 5, 5, 5, 5}, perVideo);
    }

    @Test
    void shortVideosGiveAllTheirClips() {
        VideoClips clips = new VideoClips(new int[] {300, 24, 8}, new double[] {30, 30, 30}, 8, 4);
        assertEquals(3, clips.clips(1)); // floor(24 * 8 / 30) = 6 frames -> 3 clips
        assertEquals(0, clips.clips(2));
        assertEquals(5 + 3, new RandomClipSampler(clips, 5, 0).epochSize());
    }

    @Test
    void orderIsAPureFunctionOfSeedAndEpoch() {
        VideoClips clips = VideoClipsTest.sixTenSecondVideos();
        int[] order = new RandomClipSampler(clips, 5, 7).order(3);
        assertArrayEquals(order, new RandomClipSampler(clips, 5, 7).order(3));
        assertFalse(Arrays.equals(order, new RandomClipSampler(clips, 5, 7).order(4)));
        assertFalse(Arrays.equals(order, new RandomClipSampler(clips, 5, 8).order(3)));
    }

    @Test
    void clipsAndPositionsAreUniformOverEpochs() {
        VideoClips clips = VideoClipsTest.sixTenSecondVideos();
        RandomClipSampler sampler = new RandomClipSampler(clips, 5, 1);
        int epochs = 3000;
        int[] clipCounts = new int[77];
        int[] firstVideo = new int[6];
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = sampler.order(epoch);
            for (int clip : order) {
                VideoClips.ClipLocation location = clips.locate(clip);
                if (location.video() == 0) {
                    clipCounts[location.clip()]++;
                }
            }
            firstVideo[clips.locate(order[0]).video()]++;
        }
        // each clip of a video: binomial(3000, 5/77), mean 195, sd 13.5; bounds at about 5 sd
        int min = Arrays.stream(clipCounts).min().orElseThrow();
        int max = Arrays.stream(clipCounts).max().orElseThrow();
        assertTrue(min > 125 && max < 265, "clip counts in [" + min + ", " + max + "]");
        // the video at position 0: binomial(3000, 1/6), mean 500, sd 20
        for (int count : firstVideo) {
            assertTrue(count > 400 && count < 600, Arrays.toString(firstVideo));
        }
    }
}
