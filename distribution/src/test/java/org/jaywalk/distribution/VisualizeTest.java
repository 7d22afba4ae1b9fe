package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jaywalk train experiments/quickstart.conf visualize.every=N} leaves the walk's pictures in TensorBoard
 * (and as PNGs with {@code visualize.png=true}) at the logged steps, without changing training; the quickstart's
 * own setting ({@code every = 0}) leaves none.
 */
class VisualizeTest {

    /** Quickstart clips: 4 clips of 4 frames of 3 x 3 patches of 32 px; 2 clips are drawn. */
    private static final int PANEL = 3 * 32;
    private static final int GAP = 2;
    private static final int NODES = 9;
    private static final List<String> TRANSITIONS = List.of("0-1", "1-0", "1-2", "2-1", "2-3", "3-2");

    @TempDir
    Path dir;

    private Cli.Outcome train(String run, String... overrides) {
        String quickstart = ExamplePluginJar.projectRoot().resolve("experiments/quickstart.conf").toString();
        List<String> args = new java.util.ArrayList<>(List.of("train", quickstart, "train.max-steps=3",
                "experiment.output-dir=\"" + dir.toString().replace("\\", "/") + "\"", "experiment.run-name=" + run));
        args.addAll(List.of(overrides));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theQuickstartWithVisualizeEveryNLeavesImagesAndHistogramsAtTheLoggedSteps() throws IOException {
        Cli.Outcome with = train("pictures", "visualize.every=2", "visualize.png=true");
        assertEquals(0, with.exitCode(), with.err());
        Cli.Outcome without = train("plain");
        assertEquals(0, without.exitCode(), without.err());
        Path run = dir.resolve("quickstart/pictures");
        Path events = eventsFile(run);

        Map<String, List<EventFiles.Image>> images = EventFiles.images(events);
        assertEquals(List.of("visualize/pca/image", "visualize/paths/image", "visualize/affinity/image",
                "visualize/cycle_loss/image"), List.copyOf(images.keySet()));
        // per view: columns x rows of tiles, each tile enlarged to at least 96 px
        Map<String, int[]> sizes = Map.of("pca", sheet(4, 4, PANEL), "paths", sheet(4, 2, PANEL),
                "affinity", sheet(2, 2, NODES * 11), "cycle_loss", sheet(2, 2, PANEL));
        for (Map.Entry<String, int[]> view : sizes.entrySet()) {
            List<EventFiles.Image> logged = images.get("visualize/" + view.getKey() + "/image");
            assertEquals(List.of(0L, 2L), logged.stream().map(EventFiles.Image::step).toList(),
                    "every 2 steps and the last of 3: " + view.getKey());
            for (EventFiles.Image image : logged) {
                assertArrayEquals(view.getValue(), new int[] {image.width(), image.height()}, view.getKey());
                Path png = run.resolve(String.format("visualize/step-%08d/%s.png", image.step(), view.getKey()));
                assertArrayEquals(pixels(decode(image.png())), pixels(ImageIO.read(png.toFile())),
                        "the PNG file is the TensorBoard picture: " + png);
            }
        }
        // PCA maps (tile rows 1 and 3) span each principal component over the full range of its colour channel
        BufferedImage pca = decode(images.get("visualize/pca/image").get(1).png());
        for (int shift = 16; shift >= 0; shift -= 8) {
            int min = 255;
            int max = 0;
            for (int tileRow : new int[] {1, 3}) {
                for (int y = tileRow * (PANEL + GAP); y < tileRow * (PANEL + GAP) + PANEL; y++) {
                    for (int x = 0; x < pca.getWidth(); x++) {
                        min = Math.min(min, pca.getRGB(x, y) >> shift & 0xFF);
                        max = Math.max(max, pca.getRGB(x, y) >> shift & 0xFF);
                    }
                }
            }
            assertEquals(List.of(0, 255), List.of(min, max), "channel at bit " + shift);
        }

        Map<String, List<EventFiles.Histogram>> histograms = EventFiles.histograms(events);
        assertEquals(TRANSITIONS.stream().map(t -> "visualize/entropy/" + t).toList(), List.copyOf(histograms.keySet()));
        for (List<EventFiles.Histogram> logged : histograms.values()) {
            assertEquals(List.of(0L, 2L), logged.stream().map(EventFiles.Histogram::step).toList());
            for (EventFiles.Histogram h : logged) {
                assertEquals(4 * NODES, h.count(), "one entropy per row of every clip");
                assertTrue(h.min() >= 0 && h.max() <= Math.log(NODES) + 1e-5, h.min() + " .. " + h.max());
            }
        }
        assertTrue(EventFiles.scalars(events).containsKey("loss"), "the scalars share the event file");
        assertEquals(losses(dir.resolve("quickstart/plain")), losses(run), "the pictures do not change training");

        Path plain = eventsFile(dir.resolve("quickstart/plain"));
        assertTrue(EventFiles.images(plain).isEmpty() && EventFiles.histograms(plain).isEmpty(),
                "the quickstart's visualize.every = 0 draws nothing");
        assertFalse(Files.exists(dir.resolve("quickstart/plain/visualize")));
    }

    /** {@code [width, height]} of a sheet of {@code cols x rows} square tiles of {@code tile} px. */
    private static int[] sheet(int cols, int rows, int tile) {
        return new int[] {cols * (tile + GAP) - GAP, rows * (tile + GAP) - GAP};
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static Path eventsFile(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents")).findFirst()
                    .orElseThrow();
        }
    }

    private static List<String> losses(Path run) throws IOException {
        return Files.readAllLines(run.resolve("metrics.jsonl")).stream()
                .map(l -> l.replaceAll(".*\"loss\":([^,]*),.*", "$1")).toList();
    }
}
