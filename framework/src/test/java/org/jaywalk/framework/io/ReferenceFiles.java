package org.jaywalk.framework.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.testkit.SharedData;

/** Locates the shared reference vectors ({@code ../shared/reference} beside the project root). */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** The reference file {@code name}; skips the calling test if it is absent. */
    public static Path require(String name) {
        return SharedData.requireShared("reference/" + name);
    }

    /** A copy of the first {@code length} bytes of {@code source} in {@code dir}. */
    public static Path truncatedCopy(Path source, Path dir, int length) throws IOException {
        Path copy = dir.resolve("truncated-" + source.getFileName());
        byte[] head = new byte[length];
        try (var in = Files.newInputStream(source)) {
            in.readNBytes(head, 0, length);
        }
        Files.write(copy, head);
        return copy;
    }
}
