package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code frame-folders} layout: every folder under the root (at any depth, links followed, loops skipped:
 * {@link LinkedTree}) that directly holds frame images is one video, e.g. {@code root/<video>/00001.jpg} or
 * {@code root/<class>/<video>/...}.
 */
record FrameFolderCatalog(Path location, Set<String> frameExtensions) implements VideoCatalog {

    @Override
    public String kind() {
        return SourceKind.FRAME_FOLDERS.typeName();
    }

    @Override
    public List<SourceVideo> list() throws IOException {
        if (!Files.isDirectory(location)) {
            throw new NotDirectoryException(location + " (the dataset root must be a folder of frame folders)");
        }
        return LinkedTree.list(location).stream()
                .filter(p -> !p.equals(location) && Files.isDirectory(p) && holdsFrames(p)).sorted()
                .map(p -> new SourceVideo(VideoCatalog.keyOf(location, p), p, true)).toList();
    }

    private boolean holdsFrames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> FrameFiles.hasExtension(p, frameExtensions));
        } catch (IOException e) {
            return true; // listed, so that the index records why it cannot be read
        }
    }
}
