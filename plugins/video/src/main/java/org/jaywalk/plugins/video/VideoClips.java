package org.jaywalk.plugins.video;

import java.util.Arrays;

/**
 * All clips of all videos, as torchvision's {@code VideoClips.compute_clips(clip_length, 1, frame_rate)}
 * defines them: every run of {@code clipLength} consecutive resampled frames (step between clips 1), numbered
 * video by video. Videos too short for one clip have none.
 */
final class VideoClips {

    private final int clipLength;
    private final Resampling[] resampling;
    private final int[] clipCounts;
    /** torchvision's {@code cumulative_sizes}: clips in videos 0..v. */
    private final int[] cumulative;

    /**
     * @param frames frames per video (the length of its {@code video_pts})
     * @param fps frame rate per video
     * @param frameRate the rate to resample every video to, or 0 to keep each video's own
     */
    VideoClips(int[] frames, double[] fps, double frameRate, int clipLength) {
        this.clipLength = clipLength;
        this.resampling = new Resampling[frames.length];
        this.clipCounts = new int[frames.length];
        this.cumulative = new int[frames.length];
        int total = 0;
        for (int v = 0; v < frames.length; v++) {
            resampling[v] = Resampling.of(fps[v], frameRate);
            clipCounts[v] = Math.max(0, resampling[v].length(frames[v]) - clipLength + 1);
            total = Math.addExact(total, clipCounts[v]);
            cumulative[v] = total;
        }
    }

    int videos() {
        return clipCounts.length;
    }

    /** Clips of video {@code v}. */
    int clips(int v) {
        return clipCounts[v];
    }

    /** Clips of all videos. */
    int totalClips() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** torchvision's {@code cumulative_sizes}. */
    int[] cumulativeSizes() {
        return cumulative.clone();
    }

    /** The video and clip of global clip {@code index} ({@code get_clip_location}). */
    ClipLocation locate(int index) {
        if (index < 0 || index >= totalClips()) {
            throw new IndexOutOfBoundsException("clip " + index + " of " + totalClips());
        }
        int found = Arrays.binarySearch(cumulative, index);
        // bisect_right: the first video whose cumulative size exceeds index
        int video = found >= 0 ? found + 1 : -found - 1;
        while (clipCounts[video] == 0) {
            video++;
        }
        return new ClipLocation(video, index - (video == 0 ? 0 : cumulative[video - 1]));
    }

    /** The source frames of {@code clip} of {@code video}, {@code [clipLength]}, ascending (repeats possible). */
    int[] frames(int video, int clip) {
        if (clip < 0 || clip >= clipCounts[video]) {
            throw new IndexOutOfBoundsException("clip " + clip + " of video " + video + ", which has "
                    + clipCounts[video]);
        }
        int[] frames = new int[clipLength];
        for (int t = 0; t < clipLength; t++) {
            frames[t] = resampling[video].sourceFrame(clip + t);
        }
        return frames;
    }

    /** Clip {@code clip} of video {@code video}. */
    record ClipLocation(int video, int clip) {
    }
}
