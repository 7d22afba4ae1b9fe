package org.jaywalk.framework.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference vectors ({@code ../shared/reference} beside the project root). */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** The reference file {@code name}; skips the calling test if it is absent. */
    static Path require(String name) {
        Path file = projectRoot().resolve("../shared/reference").resolve(name).normalize();
        assumeTrue(Files.isRegularFile(file), "reference file " + file + " is absent: skipping (the shared"
                + " reference vectors are expected in ../shared/reference relative to the project root)");
        return file;
    }

    /** The Maven project root: system property {@code jaywalk.project.root}, else found from the working directory. */
    static Path projectRoot() {
        String property = System.getProperty("jaywalk.project.root");
        if (property != null && Files.isDirectory(Path.of(property, "framework"))) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("framework")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root (a folder with framework/ and pom.xml)"
                + " above " + Path.of("").toAbsolutePath());
    }

    /** A copy of the first {@code length} bytes of {@code source} in {@code dir}. */
    static Path truncatedCopy(Path source, Path dir, int length) throws IOException {
        Path copy = dir.resolve("truncated-" + source.getFileName());
        byte[] head = new byte[length];
        try (var in = Files.newInputStream(source)) {
            in.readNBytes(head, 0, length);
        }
        Files.write(copy, head);
        return copy;
    }
}
