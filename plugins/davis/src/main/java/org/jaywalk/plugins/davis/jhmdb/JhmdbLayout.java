package org.jaywalk.plugins.davis.jhmdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jaywalk.plugins.davis.DavisDataException;

/**
 * A JHMDB-format root as videowalk's {@code test.py} and {@code eval_pck.py} read it: a list file with one sequence
 * per line, {@code <frames folder> <joint_positions.mat>} (paths relative to the root, or absolute), the frames
 * being the {@code .png} files of the folder ordered by the integer before their first dot ({@code 00001.png}, ...).
 */
public final class JhmdbLayout {

    /** One line of the list. */
    public record Entry(String name, Path frames, Path joints) {
    }

    private final Path root;

    public JhmdbLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The sequences of list file {@code list} (relative to the root, or absolute), in list order. */
    public List<Entry> entries(String list) {
        Path file = root.resolve(list);
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException("JHMDB list " + file + " does not exist");
        }
        List<Entry> entries = new ArrayList<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                String[] parts = text.trim().split("\\s+");
                if (parts.length == 1 && parts[0].isEmpty()) {
                    continue;
                }
                if (parts.length < 2) {
                    throw new DavisDataException(file + " line " + line + ": expected '<frames folder> <mat file>', got '"
                            + text.trim() + "'");
                }
                Path frames = root.resolve(parts[0]);
                entries.add(new Entry(frames.getFileName().toString(), frames, root.resolve(parts[1])));
            }
        } catch (IOException e) {
            throw new DavisDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new DavisDataException("JHMDB list " + file + " lists no sequence");
        }
        return entries;
    }

    /** The {@code .png} frames of {@code folder}, ordered by the integer before the first dot of their names. */
    public static List<Path> frames(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DavisDataException("frames folder " + folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> frames = files.filter(p -> p.getFileName().toString().contains(".png"))
                    .sorted(Comparator.comparingLong(JhmdbLayout::number)).toList();
            if (frames.isEmpty()) {
                throw new DavisDataException("frames folder " + folder + " has no .png frame");
            }
            return frames;
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
            throw new DavisDataException("frame " + file + " is not named by a number before its first dot", e);
        }
    }
}
