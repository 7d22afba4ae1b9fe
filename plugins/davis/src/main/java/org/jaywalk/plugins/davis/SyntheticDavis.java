package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes a tiny DAVIS-format root: textured squares moving over a gradient, with their exact masks. The same
 * arguments always give the same files: the {@code davis} evaluator's {@code root = synthetic} (no downloads).
 *
 * @param sequences number of sequences ({@code synthetic-1}, ...)
 * @param frames frames per sequence
 * @param width frame width in pixels
 * @param height frame height in pixels
 */
record SyntheticDavis(int sequences, int frames, int width, int height) implements DatasetRoot {

    /** The folder, under the evaluation's output folder, the set is generated into. */
    static final String FOLDER = "synthetic-davis";

    @Override
    public Path prepare(Path outputDirectory) {
        List<String> names = java.util.stream.IntStream.rangeClosed(1, sequences).mapToObj(i -> "synthetic-" + i).toList();
        return write(outputDirectory.resolve(FOLDER), names, frames, width, height).root();
    }

    /** {@code frames} JPEG frames of {@code w x h} and their masks per sequence, listed in {@code ImageSets/2017/val.txt}. */
    static DavisLayout write(Path root, List<String> sequences, int frames, int w, int h) {
        try {
            Files.createDirectories(root.resolve("ImageSets/2017"));
            Files.writeString(root.resolve("ImageSets/2017/val.txt"), String.join("\n", sequences) + "\n");
            DavisLayout davis = new DavisLayout(root);
            for (int s = 0; s < sequences.size(); s++) {
                Files.createDirectories(davis.frameFolder(sequences.get(s)));
                for (int t = 0; t < frames; t++) {
                    byte[] labels = new byte[w * h];
                    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            int label = label(x, y, t, s, w, h);
                            labels[y * w + x] = (byte) label;
                            int v = label == 0 ? 40 + (x + y) % 60 : label == 1 ? ((x / 3 + y / 3) % 2) * 200 + 30 : 220 - (x % 5) * 30;
                            image.setRGB(x, y, label == 2 ? v << 8 | 40 : v << 16 | v << 8 | v);
                        }
                    }
                    String name = String.format("%05d", t);
                    ImageIO.write(image, "jpg", davis.frameFolder(sequences.get(s)).resolve(name + ".jpg").toFile());
                    MaskPng.write(davis.annotationFolder(sequences.get(s)).resolve(name + ".png"), new LabelImage(w, h, labels));
                }
            }
            return davis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int label(int x, int y, int t, int s, int w, int h) {
        int side = Math.min(w, h) / 3;
        int x1 = 4 + 2 * t + s;
        int y1 = h / 4;
        if (x >= x1 && x < x1 + side && y >= y1 && y < y1 + side) {
            return 1;
        }
        int x2 = w - side - 4 - t;
        int y2 = h / 2;
        return x >= x2 && x < x2 + side && y >= y2 && y < y2 + side ? 2 : 0;
    }
}
