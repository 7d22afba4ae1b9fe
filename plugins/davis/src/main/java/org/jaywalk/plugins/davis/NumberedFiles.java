package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Folders of files named by a number ({@code 00001.png}, {@code 000000000001.jpg}) as videowalk's loaders read them:
 * ordered by the integer before the first dot of their names.
 */
public final class NumberedFiles {

    private NumberedFiles() {
    }

    /** The files of {@code folder} whose names pass {@code names}, in number order; none is an error. */
    public static List<Path> in(Path folder, Predicate<String> names, String what) {
        if (!Files.isDirectory(folder)) {
            throw new DavisDataException(what + " folder " + folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> names.test(p.getFileName().toString()))
                    .sorted(Comparator.comparingLong(NumberedFiles::number)).toList();
            if (sorted.isEmpty()) {
                throw new DavisDataException(what + " folder " + folder + " has no file to read");
            }
            return sorted;
        } catch (IOException e) {
            throw new DavisDataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The integer before the first dot of a file name. */
    public static long number(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        try {
            return Long.parseLong(dot < 0 ? name : name.substring(0, dot));
        } catch (NumberFormatException e) {
            throw new DavisDataException(file + " is not named by a number before its first dot", e);
        }
    }
}
