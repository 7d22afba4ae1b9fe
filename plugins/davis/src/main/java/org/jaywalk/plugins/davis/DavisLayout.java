package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of a DAVIS-2017 root: {@code JPEGImages/480p/<seq>/*.jpg}, {@code Annotations/480p/<seq>/*.png}
 * and {@code ImageSets/2017/<subset>.txt}. Files of a sequence are taken in name order, as the official tools do.
 */
public final class DavisLayout {

    /** The resolution folder the DAVIS protocol evaluates. */
    public static final String RESOLUTION = "480p";

    private final Path root;

    public DavisLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The sequence names listed in {@code ImageSets/2017/<subset>.txt}, in file order. */
    public List<String> sequences(String subset) {
        Path list = root.resolve("ImageSets").resolve("2017").resolve(subset + ".txt");
        if (!Files.isRegularFile(list)) {
            throw new DavisDataException("sequence list " + list + " does not exist: is " + root
                    + " a DAVIS-2017 root (with ImageSets/2017/)?");
        }
        try (Stream<String> lines = Files.lines(list)) {
            List<String> names = lines.map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new DavisDataException("sequence list " + list + " is empty");
            }
            return names;
        } catch (IOException e) {
            throw new DavisDataException("cannot read sequence list " + list + ": " + e.getMessage(), e);
        }
    }

    /** {@code JPEGImages/480p/<sequence>}. */
    public Path frameFolder(String sequence) {
        return root.resolve("JPEGImages").resolve(RESOLUTION).resolve(sequence);
    }

    /** {@code Annotations/480p/<sequence>}. */
    public Path annotationFolder(String sequence) {
        return root.resolve("Annotations").resolve(RESOLUTION).resolve(sequence);
    }

    /** The sequence's frames ({@code *.jpg}), in name order; never empty. */
    public List<Path> frames(String sequence) {
        return files(frameFolder(sequence), ".jpg", "frames");
    }

    /** The sequence's annotations ({@code *.png}), in name order; never empty. */
    public List<Path> annotations(String sequence) {
        return files(annotationFolder(sequence), ".png", "annotations");
    }

    /** The files of {@code folder} whose names end with {@code suffix}, sorted by name; never empty. */
    public static List<Path> files(Path folder, String suffix, String what) {
        return files(folder, List.of(suffix), what);
    }

    /** The files of {@code folder} whose names end with one of {@code suffixes}, sorted by name; never empty. */
    public static List<Path> files(Path folder, List<String> suffixes, String what) {
        if (!Files.isDirectory(folder)) {
            throw new DavisDataException(what + " folder " + folder + " does not exist");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> files = entries.filter(p -> suffixes.stream().anyMatch(p.getFileName().toString()::endsWith)
                    && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) {
                throw new DavisDataException(what + " folder " + folder + " holds no " + String.join(" or ", suffixes)
                        + " files");
            }
            return files;
        } catch (IOException e) {
            throw new DavisDataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A file's name without its extension ({@code 00012} for {@code 00012.jpg}). */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
