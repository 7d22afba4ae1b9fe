package org.jaywalk.plugins.video;

import java.util.ArrayList;
import java.util.List;

/**
 * What the index records about one video: torchvision's {@code video_fps} and {@code video_pts}, the timestamps
 * stored compactly as runs of evenly spaced values (one run for a constant-rate video).
 *
 * @param fps the video stream's average frame rate; 0 for a frame folder, whose rate is a dataset setting
 * @param frames the number of timestamps, i.e. of video frames ({@code len(video_pts)})
 * @param timeBaseNum numerator of the stream's time base (seconds per timestamp unit); 0 for a frame folder
 * @param timeBaseDen denominator of the stream's time base
 * @param pts the sorted timestamps
 */
record VideoMetadata(double fps, int frames, int timeBaseNum, int timeBaseDen, List<PtsRun> pts) {

    VideoMetadata {
        pts = List.copyOf(pts);
        if (pts.stream().mapToLong(PtsRun::count).sum() != frames) {
            throw new IllegalArgumentException("timestamp runs " + pts + " do not hold " + frames + " frames");
        }
    }

    /** A video stream's metadata from its sorted packet timestamps. */
    static VideoMetadata ofStream(double fps, int timeBaseNum, int timeBaseDen, long[] sortedPts) {
        return new VideoMetadata(fps, sortedPts.length, timeBaseNum, timeBaseDen, PtsRun.encode(sortedPts));
    }

    /** A frame folder of {@code frames} images, numbered 0, 1, ... */
    static VideoMetadata ofFrameFolder(int frames) {
        return new VideoMetadata(0, frames, 0, 0, List.of(new PtsRun(0, 1, frames)));
    }

    /** The timestamp of frame {@code frame}, in time-base units. */
    long pts(int frame) {
        int skipped = 0;
        for (PtsRun run : pts) {
            if (frame < skipped + run.count()) {
                return run.start() + (frame - skipped) * run.step();
            }
            skipped += run.count();
        }
        throw new IndexOutOfBoundsException("frame " + frame + " of " + frames);
    }

    /** The time of frame {@code frame} in microseconds, or -1 without a time base. */
    long micros(int frame) {
        return timeBaseDen == 0 ? -1 : Math.round(pts(frame) * 1e6 * timeBaseNum / timeBaseDen);
    }

    /** {@code count} timestamps {@code start, start + step, ...}. */
    record PtsRun(long start, long step, int count) {

        /** The shortest list of runs holding {@code sorted} in order. */
        static List<PtsRun> encode(long[] sorted) {
            List<PtsRun> runs = new ArrayList<>();
            int i = 0;
            while (i < sorted.length) {
                long step = i + 1 < sorted.length ? sorted[i + 1] - sorted[i] : 1;
                int end = i + 1;
                while (end < sorted.length && sorted[end] - sorted[end - 1] == step) {
                    end++;
                }
                runs.add(new PtsRun(sorted[i], step, end - i));
                i = end;
            }
            return runs;
        }
    }
}
