package org.jaywalk.plugins.davis.jhmdb;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jaywalk.plugins.davis.DatasetRoot;

/**
 * Writes a tiny JHMDB-format root: a stick figure with JHMDB's 15 joints, each drawn in its own colour, waving its
 * arms while it drifts over a textured background; {@code Frames/<sequence>/00001.png, ...},
 * {@code joint_positions/<sequence>/joint_positions.mat} ({@code pos_img}, 1-based pixels) and
 * {@code jhmdb_testlist.txt}. The same arguments always give the same files: the {@code jhmdb} evaluator's
 * {@code root = synthetic} (no downloads).
 */
public record SyntheticJhmdb(int sequences, int frames, int width, int height) implements DatasetRoot {

    /** The folder, under the evaluation's output folder, the set is generated into. */
    public static final String FOLDER = "synthetic-jhmdb";
    /** The list file it writes. */
    public static final String LIST = "jhmdb_testlist.txt";

    /** The skeleton's limbs: pairs of joints (JHMDB order). */
    private static final int[][] LIMBS = {{2, 0}, {0, 1}, {0, 3}, {0, 4}, {3, 7}, {7, 11}, {4, 8}, {8, 12},
            {1, 5}, {1, 6}, {5, 9}, {9, 13}, {6, 10}, {10, 14}};
    /** Joint offsets from the figure's centre in units of a tenth of its height, at rest (x, y). */
    private static final double[][] REST = {{0, -2.5}, {0, 0}, {0, -4}, {-1.2, -2.3}, {1.2, -2.3}, {-0.8, 0.6},
            {0.8, 0.6}, {-1.8, -0.8}, {1.8, -0.8}, {-0.9, 2.5}, {0.9, 2.5}, {-2.2, 0.6}, {2.2, 0.6}, {-1, 4.3}, {1, 4.3}};

    @Override
    public Path prepare(Path outputDirectory) {
        Path root = outputDirectory.resolve(FOLDER);
        List<String> lines = new ArrayList<>();
        try {
            for (int s = 0; s < sequences; s++) {
                String name = "synthetic-" + (s + 1);
                double[] pos = new double[2 * REST.length * frames];
                for (int t = 0; t < frames; t++) {
                    double[][] joints = joints(s, t);
                    BufferedImage image = render(joints, s);
                    Path file = root.resolve("Frames").resolve(name).resolve(String.format("%05d.png", t + 1));
                    Files.createDirectories(file.getParent());
                    ImageIO.write(image, "png", file.toFile());
                    for (int j = 0; j < REST.length; j++) {
                        pos[(t * REST.length + j) * 2] = joints[j][0] + 1;
                        pos[(t * REST.length + j) * 2 + 1] = joints[j][1] + 1;
                    }
                }
                MatFile.write(root.resolve("joint_positions").resolve(name).resolve("joint_positions.mat"),
                        List.of(new MatArray("pos_img", new int[] {2, REST.length, frames}, pos)));
                lines.add("Frames/" + name + " joint_positions/" + name + "/joint_positions.mat");
            }
            Files.writeString(root.resolve(LIST), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** The 0-based pixel positions of the joints of sequence {@code s} in frame {@code t}, {@code [15][x, y]}. */
    private double[][] joints(int s, int t) {
        double unit = height / 12.0;
        double cx = width * (0.35 + 0.03 * s) + t * width / 60.0;
        double cy = height * 0.5;
        double wave = Math.sin(t * 0.6 + s) * 0.8;
        double[][] out = new double[REST.length][2];
        for (int j = 0; j < REST.length; j++) {
            double lift = j == 11 || j == 12 ? -wave * 1.5 : j == 7 || j == 8 ? -wave * 0.6 : 0;
            out[j][0] = cx + REST[j][0] * unit;
            out[j][1] = cy + (REST[j][1] + lift) * unit;
        }
        return out;
    }

    private BufferedImage render(double[][] joints, int s) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = 60 + ((x / 6 + y / 6 + s) % 2) * 30 + (x * 7 + y * 3) % 20;
                image.setRGB(x, y, v << 16 | (v - 10) << 8 | (v + 20));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(Math.max(2f, height / 30f)));
        g.setColor(new Color(230, 220, 200));
        for (int[] limb : LIMBS) {
            g.drawLine((int) joints[limb[0]][0], (int) joints[limb[0]][1], (int) joints[limb[1]][0], (int) joints[limb[1]][1]);
        }
        int r = Math.max(2, height / 24);
        for (int j = 0; j < joints.length; j++) {
            g.setColor(Color.getHSBColor(j / 15f, 0.9f, 1f));
            g.fillOval((int) joints[j][0] - r, (int) joints[j][1] - r, 2 * r, 2 * r);
        }
        g.dispose();
        return image;
    }
}
