package org.jaywalk.plugins.video;

/**
 * torchvision's frame-rate resampling ({@code VideoClips._resample_video_idx} as
 * {@code compute_clips_for_video} uses it): a video of n frames at {@code fps} resampled to {@code frameRate}
 * has {@code floor(n * frameRate / fps)} frames, resampled frame r being source frame
 * {@code floor(r * fps / frameRate)} computed in float32 like torch's {@code arange(..., dtype=float32) * step}.
 * When the step {@code fps / frameRate} is a whole number torchvision slices {@code [::step]} instead, which
 * keeps {@code ceil(n / step)} frames.
 *
 * @param fps the video's frame rate (torchvision's {@code video_fps})
 * @param frameRate the target rate (videowalk's {@code --frame-skip})
 */
record Resampling(double fps, double frameRate) {

    /**
     * @param fps the video's frame rate; unknown (0 or less) counts as 1, as torchvision does
     * @param frameRate the target rate, or 0 or less to keep the video's own rate
     */
    static Resampling of(double fps, double frameRate) {
        double videoFps = fps > 0 ? fps : 1;
        return new Resampling(videoFps, frameRate > 0 ? frameRate : videoFps);
    }

    /** Source frames per resampled frame. */
    double step() {
        return fps / frameRate;
    }

    /** Whether torchvision takes the slicing shortcut. */
    boolean wholeStep() {
        double step = step();
        return step == Math.rint(step);
    }

    /** Frames after resampling a video of {@code frames} frames. */
    int length(int frames) {
        if (wholeStep()) {
            long step = (long) step();
            return (int) ((frames + step - 1) / step);
        }
        return (int) Math.floor(frames * (frameRate / fps));
    }

    /** The source frame of resampled frame {@code r}. */
    int sourceFrame(int r) {
        if (wholeStep()) {
            return (int) (r * (long) step());
        }
        return (int) Math.floor(r * (float) step());
    }
}
