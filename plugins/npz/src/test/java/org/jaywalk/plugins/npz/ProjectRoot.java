package org.jaywalk.plugins.npz;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project root: system property {@code jaywalk.project.root}, else the nearest ancestor of the cwd holding {@code framework/} and {@code pom.xml}. */
final class ProjectRoot {

    private ProjectRoot() {
    }

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

    /** {@code ../shared/reference} beside the project root. */
    static Path referenceDir() {
        return find().resolve("../shared/reference").normalize();
    }
}
