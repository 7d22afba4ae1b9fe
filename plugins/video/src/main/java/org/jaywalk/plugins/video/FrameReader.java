package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.Path;
import org.jaywalk.framework.spi.image.RgbImage;

/** Reads one kind of video (a video file, a frame folder): its metadata, and frames by number. Thread-safe. */
interface FrameReader {

    /** The video's metadata, read from the video itself; fails if it cannot be read or has no frames. */
    VideoMetadata probe(Path video) throws IOException;

    /**
     * Frames {@code frames} (0-based, ascending, repeats allowed) decoded to RGB, {@code [frames.length]}; fails if
     * one cannot be decoded (e.g. the file ends early).
     */
    RgbImage[] read(Path video, VideoMetadata metadata, int[] frames) throws IOException;
}
