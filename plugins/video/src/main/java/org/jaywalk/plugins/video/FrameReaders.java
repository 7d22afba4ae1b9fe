package org.jaywalk.plugins.video;

import java.util.Set;

/** The reader for each kind of video: one for video files, one for frame folders. */
record FrameReaders(FrameReader videoFiles, FrameReader frameFolders, Set<String> frameExtensions) {

    /** FFmpeg for files, ImageIO for folders of frames with {@code frameExtensions}. */
    static FrameReaders standard(Set<String> frameExtensions) {
        return new FrameReaders(new VideoFileReader(), new FrameFolderReader(frameExtensions), frameExtensions);
    }

    /** The reader of {@code video}. */
    FrameReader of(SourceVideo video) {
        return video.frameFolder() ? frameFolders : videoFiles;
    }
}
