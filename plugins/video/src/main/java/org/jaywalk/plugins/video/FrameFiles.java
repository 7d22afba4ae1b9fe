package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The frames of a frame folder: its image files in frame order, by the number their name starts with (as
 * videowalk's {@code VideoList} sorts {@code int(name.split('.')[0])}), then by name.
 */
final class FrameFiles {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,18})");

    private static final Comparator<Path> FRAME_ORDER = Comparator
            .comparingLong((Path p) -> leadingNumber(p.getFileName().toString()))
            .thenComparing(p -> p.getFileName().toString());

    private FrameFiles() {
    }

    /** The frames of {@code folder}: files whose extension is in {@code extensions} (lower case), in order. */
    static List<Path> list(Path folder, Set<String> extensions) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> hasExtension(p, extensions) && Files.isRegularFile(p)).sorted(FRAME_ORDER)
                    .toList();
        }
    }

    /** Whether {@code file}'s name ends with {@code .ext} for one of {@code extensions} (lower case). */
    static boolean hasExtension(Path file, Set<String> extensions) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static long leadingNumber(String name) {
        Matcher m = LEADING_NUMBER.matcher(name);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
