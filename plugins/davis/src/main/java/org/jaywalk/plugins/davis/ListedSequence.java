package org.jaywalk.plugins.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the list files videowalk's {@code test.py} reads ({@code --filelist}): a sequence's frames folder and its
 * labels (a folder of label images, or JHMDB's {@code joint_positions.mat}), paths relative to the dataset root or
 * absolute; the sequence is named after its frames folder.
 */
public record ListedSequence(String name, Path frames, Path labels) {

    /**
     * The lines of list file {@code list} (relative to {@code root}, or absolute), in order.
     *
     * @param what names the list in errors ("JHMDB list")
     * @param expected says what a line holds, for errors
     */
    public static List<ListedSequence> read(Path root, String list, String what, String expected) {
        Path file = root.resolve(list);
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException(what + " " + file + " does not exist");
        }
        List<ListedSequence> sequences = new ArrayList<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                String[] parts = text.trim().split("\\s+");
                if (parts.length == 1 && parts[0].isEmpty()) {
                    continue;
                }
                if (parts.length < 2) {
                    throw new DavisDataException(file + " line " + line + ": expected '" + expected + "', got '"
                            + text.trim() + "'");
                }
                Path frames = root.resolve(parts[0]);
                sequences.add(new ListedSequence(frames.getFileName().toString(), frames, root.resolve(parts[1])));
            }
        } catch (IOException e) {
            throw new DavisDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (sequences.isEmpty()) {
            throw new DavisDataException(what + " " + file + " lists nothing");
        }
        return sequences;
    }
}
