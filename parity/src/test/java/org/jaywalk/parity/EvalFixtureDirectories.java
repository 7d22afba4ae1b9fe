package org.jaywalk.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where evaluation fixtures come from: the folders of every {@code eval-fixtures/} directory in the test resources,
 * under each directory of {@link ReferenceCaseDirectories} ({@code jaywalk.reference.dirs} /
 * {@code JAYWALK_REFERENCE_DIRS}, also when the listed directory is itself an {@code eval-fixtures/}), and in
 * {@code ../shared/reference/eval-fixtures} beside the project root. A fixture is a folder whose name starts with one
 * of the given prefixes; a name found twice is taken once (first wins).
 */
final class EvalFixtureDirectories {

    static final String FOLDER = "eval-fixtures";

    private EvalFixtureDirectories() {
    }

    static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        URL resource = EvalFixtureDirectories.class.getResource("/" + FOLDER);
        if (resource != null) {
            try {
                dirs.add(Path.of(resource.toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Path dir : ReferenceCaseDirectories.directories()) {
            dirs.add(dir.getFileName() != null && dir.getFileName().toString().equals(FOLDER) ? dir : dir.resolve(FOLDER));
        }
        Path root = Path.of(System.getProperty("jaywalk.project.root", ".")).toAbsolutePath();
        dirs.add(root.resolve("../shared/reference").resolve(FOLDER).normalize());
        return dirs;
    }

    /** Every fixture folder whose name starts with one of {@code prefixes}, by name. */
    static Map<String, Path> fixtures(List<String> prefixes) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path dir : directories()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> folders = Files.list(dir)) {
                folders.filter(Files::isDirectory).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    if (prefixes.stream().anyMatch(name::startsWith)) {
                        found.putIfAbsent(name, p);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
