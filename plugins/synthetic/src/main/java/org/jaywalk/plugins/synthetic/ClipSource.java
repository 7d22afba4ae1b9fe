package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;

/**
 * Where a clip comes from: video {@code video}, frames {@code start, start + gap, ...}.
 *
 * @param video the video id in {@code [0, videos)}
 * @param start the first video frame
 */
record ClipSource(int video, int start) {

    /** Draws a clip of {@code span} frames uniformly among all such clips of {@code videos} videos. */
    static ClipSource draw(SplittableRandom rng, int videos, int framesPerVideo, int span) {
        int video = rng.nextInt(videos);
        return new ClipSource(video, rng.nextInt(framesPerVideo - span + 1));
    }
}
