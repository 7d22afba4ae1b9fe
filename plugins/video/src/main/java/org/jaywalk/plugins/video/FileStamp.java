package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Set;

/**
 * What the index cache compares to decide whether a video changed: a file's size and modification time, or for
 * a frame folder its number of frames and the folder's modification time.
 */
record FileStamp(long size, long modified) {

    /** The stamp of {@code video} now; fails if it is missing or unreadable. */
    static FileStamp of(SourceVideo video, Set<String> frameExtensions) throws IOException {
        if (video.frameFolder()) {
            if (!Files.isDirectory(video.path())) {
                throw new NoSuchFileException(video.path().toString(), null, "no such frame folder");
            }
            return new FileStamp(FrameFiles.list(video.path(), frameExtensions).size(),
                    Files.getLastModifiedTime(video.path()).toMillis());
        }
        if (!Files.isReadable(video.path()) && Files.exists(video.path())) {
            // size and time are readable anyway; without this the skip would be cached until the file changes
            throw new AccessDeniedException(video.path().toString());
        }
        return new FileStamp(Files.size(video.path()), Files.getLastModifiedTime(video.path()).toMillis());
    }
}
