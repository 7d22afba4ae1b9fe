package org.jaywalk.plugins.davis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the project root and the shared data beside it; tests needing that data skip when it is absent. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    /** System property {@code jaywalk.project.root}, else the nearest ancestor of the cwd holding {@code framework/} and {@code pom.xml}. */
    static Path find() {
        String property = System.getProperty("jaywalk.project.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("framework")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }

    /** {@code ../shared/<relative>} beside the project root; skips the test if it does not exist. */
    static Path sharedOrSkip(String relative) {
        Path dir = find().resolve("../shared").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(dir), "shared data " + dir + " is absent; skipping");
        return dir;
    }
}
