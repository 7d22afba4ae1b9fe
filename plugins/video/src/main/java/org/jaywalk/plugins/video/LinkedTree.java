package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything under a dataset folder, links followed, for the catalogs to filter. A link back to a folder above
 * it (a loop) is skipped with a warning instead of aborting the listing, and so is a folder that cannot be
 * opened, which is still listed so that the index can report it.
 */
final class LinkedTree {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedTree.class);

    private LinkedTree() {
    }

    /** {@code root} and every path below it, in no particular order. */
    static List<Path> list(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                paths.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                paths.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                if (e instanceof FileSystemLoopException) {
                    LOG.warn("skipping {}: it links back to a folder above it", file);
                } else {
                    LOG.warn("cannot open {} ({}); it is left out of the listing", file, e.toString());
                    paths.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return paths;
    }
}
