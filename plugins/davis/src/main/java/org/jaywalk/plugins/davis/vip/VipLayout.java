package org.jaywalk.plugins.davis.vip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jaywalk.plugins.davis.DavisDataException;
import org.jaywalk.plugins.davis.jhmdb.JhmdbLayout;

/**
 * A VIP-format root as videowalk's {@code test.py} reads it ({@code data/vos.py}): a list file with one video per line,
 * {@code <images folder> <labels folder>} (relative to the root, or absolute; VIP's are
 * {@code VIP_Fine/Images/<video>} and {@code VIP_Fine/Annotations/Category_ids/<video>}); both folders' files ordered
 * by the integer before their first dot, label files containing {@code npy} left out. Frame 0's labels are the first
 * label file; the ground truth of frame {@code <name>.jpg} is {@code <labels>/<name>.png}.
 */
public final class VipLayout {

    /** One line of the list. */
    public record Entry(String name, Path images, Path labels) {
    }

    private final Path root;

    public VipLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The videos of list file {@code list} (relative to the root, or absolute), in list order. */
    public List<Entry> entries(String list) {
        Path file = root.resolve(list);
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException("VIP list " + file + " does not exist");
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
                    throw new DavisDataException(file + " line " + line + ": expected '<images folder> <labels folder>', got '"
                            + text.trim() + "'");
                }
                Path images = root.resolve(parts[0]);
                entries.add(new Entry(images.getFileName().toString(), images, root.resolve(parts[1])));
            }
        } catch (IOException e) {
            throw new DavisDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new DavisDataException("VIP list " + file + " lists no video");
        }
        return entries;
    }

    /** The files of {@code folder} (without those whose names contain {@code npy}) in number order. */
    public static List<Path> files(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new DavisDataException(what + " folder " + folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> !p.getFileName().toString().contains("npy"))
                    .sorted(Comparator.comparingLong(JhmdbLayout::number)).toList();
            if (sorted.isEmpty()) {
                throw new DavisDataException(what + " folder " + folder + " is empty");
            }
            return sorted;
        } catch (IOException e) {
            throw new DavisDataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
