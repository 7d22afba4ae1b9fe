package org.jaywalk.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where reference cases come from: the {@code reference/} folder of the test resources, plus every
 * directory listed (comma-separated) in the system property {@code jaywalk.reference.dirs} or the
 * environment variable {@code JAYWALK_REFERENCE_DIRS}. A case name found twice is taken once (first wins).
 */
final class ReferenceCaseDirectories {

    private ReferenceCaseDirectories() {
    }

    static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        try {
            dirs.add(Path.of(ReferenceCaseDirectories.class.getResource("/reference").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String extra = System.getProperty("jaywalk.reference.dirs", System.getenv("JAYWALK_REFERENCE_DIRS"));
        if (extra != null && !extra.isBlank()) {
            Arrays.stream(extra.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).forEach(dirs::add);
        }
        return dirs;
    }

    /** Every {@code *.npz} with a {@code .json} beside it, by case name. */
    static Map<String, Path> cases() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path dir : directories()) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("reference directory " + dir + " does not exist");
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".npz")).sorted().forEach(p -> {
                    String file = p.getFileName().toString();
                    String name = file.substring(0, file.length() - 4);
                    if (Files.exists(p.resolveSibling(name + ".json"))) {
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
