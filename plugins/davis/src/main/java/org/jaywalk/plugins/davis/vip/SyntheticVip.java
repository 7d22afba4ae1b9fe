package org.jaywalk.plugins.davis.vip;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.LabelImage;
import org.jaywalk.plugins.davis.MaskPng;

/**
 * Writes a tiny VIP-format root: a blocky person (hair, face, upper clothes, arms, pants, legs, shoes: VIP class ids)
 * walking over a textured background, its exact part labels as greyscale PNGs;
 * {@code VIP_Fine/Images/<video>/<frame>.jpg}, {@code VIP_Fine/Annotations/Category_ids/<video>/<frame>.png} and the
 * list {@code VIP_vallist.txt}. The same arguments always give the same files: the {@code vip} evaluator's
 * {@code root = synthetic} (no downloads).
 */
public record SyntheticVip(int videos, int frames, int width, int height) implements DatasetRoot {

    /** The folder, under the evaluation's output folder, the set is generated into. */
    public static final String FOLDER = "synthetic-vip";
    /** The list file it writes. */
    public static final String LIST = "VIP_vallist.txt";

    /** Parts as {class id, x0, y0, x1, y1} in a 10 x 20 body grid; later parts paint over earlier ones. */
    private static final int[][] PARTS = {{2, 3, 0, 7, 2}, {13, 3, 1, 7, 4}, {4, 2, 4, 8, 10}, {14, 0, 4, 2, 10},
            {15, 8, 4, 10, 10}, {8, 2, 10, 8, 13}, {16, 2, 13, 5, 18}, {17, 5, 13, 8, 18}, {18, 1, 18, 5, 20},
            {19, 5, 18, 9, 20}};
    private static final Color[] COLOURS = new Color[20];

    static {
        for (int c = 0; c < COLOURS.length; c++) {
            COLOURS[c] = Color.getHSBColor(c / 20f, 0.7f, 0.4f + (c % 3) * 0.25f);
        }
    }

    @Override
    public Path prepare(Path outputDirectory) {
        Path root = outputDirectory.resolve(FOLDER);
        List<String> lines = new ArrayList<>();
        try {
            for (int v = 0; v < videos; v++) {
                String name = "videos" + (v + 1);
                Path images = root.resolve("VIP_Fine/Images").resolve(name);
                Path labels = root.resolve("VIP_Fine/Annotations/Category_ids").resolve(name);
                Files.createDirectories(images);
                for (int t = 0; t < frames; t++) {
                    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                    BufferedImage label = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                    draw(image, label, v, t);
                    String frame = String.format("%012d", t + 1);
                    ImageIO.write(image, "jpg", images.resolve(frame + ".jpg").toFile());
                    byte[] values = ((DataBufferByte) label.getRaster().getDataBuffer()).getData();
                    MaskPng.writeGray(labels.resolve(frame + ".png"), new LabelImage(width, height, values));
                }
                lines.add("VIP_Fine/Images/" + name + " VIP_Fine/Annotations/Category_ids/" + name);
            }
            Files.writeString(root.resolve(LIST), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private void draw(BufferedImage image, BufferedImage label, int v, int t) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = 70 + ((x / 5 + y / 7 + v) % 3) * 25;
                image.setRGB(x, y, g << 16 | g << 8 | (g + 30));
            }
        }
        double cell = height / 24.0;
        int left = (int) (width * 0.2 + t * width / 50.0 + v * 3);
        int top = (int) (cell * 2);
        Graphics2D gi = image.createGraphics();
        Graphics2D gl = label.createGraphics();
        for (int[] p : PARTS) {
            int swing = p[0] >= 14 && p[0] <= 17 ? (int) Math.round(Math.sin(t * 0.7 + p[0]) * cell) : 0;
            int x0 = left + (int) (p[1] * cell) + swing;
            int y0 = top + (int) (p[2] * cell);
            int w = (int) ((p[3] - p[1]) * cell);
            int h = (int) ((p[4] - p[2]) * cell);
            gi.setColor(COLOURS[p[0]]);
            gi.fillRect(x0, y0, w, h);
            gl.setColor(new Color(p[0], p[0], p[0]));
            gl.fillRect(x0, y0, w, h);
        }
        gi.dispose();
        gl.dispose();
    }
}
