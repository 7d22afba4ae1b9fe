package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code kinetics} layout, as torchvision's {@code Kinetics400} reads it: {@code root/<class>/...} with the
 * video files of each class folder (searched recursively, links followed, loops skipped: {@link LinkedTree}); files
 * directly in the root are ignored.
 * Classes are sorted by name, videos by path.
 */
record KineticsCatalog(Path location, Set<String> extensions) implements VideoCatalog {

    @Override
    public String kind() {
        return SourceKind.KINETICS.typeName();
    }

    @Override
    public List<SourceVideo> list() throws IOException {
        if (!Files.isDirectory(location)) {
            throw new NotDirectoryException(location + " (the dataset root must be a folder of class folders)");
        }
        List<SourceVideo> videos = new ArrayList<>();
        for (Path classFolder : sortedFolders(location)) {
            LinkedTree.list(classFolder).stream()
                    .filter(p -> FrameFiles.hasExtension(p, extensions) && Files.isRegularFile(p)).sorted()
                    .forEach(p -> videos.add(new SourceVideo(VideoCatalog.keyOf(location, p), p, false)));
        }
        return videos;
    }

    private static List<Path> sortedFolders(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
