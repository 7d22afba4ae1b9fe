package org.jaywalk.framework.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test support for every module (shipped in the framework's test jar): the project root and the read-only
 * {@code ../shared} folder beside it. Tests that need shared data skip with a clear message when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** System property {@code jaywalk.project.root} (set by surefire), else the nearest ancestor holding {@code framework/} and {@code pom.xml}. */
    public static Path projectRoot() {
        String property = System.getProperty("jaywalk.project.root");
        if (property != null && Files.isDirectory(Path.of(property, "framework"))) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("framework")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root (a folder with framework/ and pom.xml) above "
                + Path.of("").toAbsolutePath());
    }

    /** {@code ../shared/<relative>} beside the project root; skips the calling test when it does not exist. */
    public static Path requireShared(String relative) {
        Path path = projectRoot().resolve("../shared").resolve(relative).normalize();
        assumeTrue(Files.exists(path), "shared data " + path + " is absent: skipping (the shared reference vectors "
                + "and data are expected in ../shared relative to the project root)");
        return path;
    }
}
