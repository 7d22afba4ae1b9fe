package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.ComponentConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The plain-Java entry points of {@code data index}, {@code data preview} and {@code bench data}. */
@Timeout(120)
class EntryPointsTest {

    @TempDir
    static Path folder;
    private static ComponentConfig block;

    @BeforeAll
    static void writeDataset() throws IOException {
        Path root = folder.resolve("kinetics");
        TestVideos.write(root.resolve("a/first.mp4"), 96, 72, 30, 60, TestVideos.MPEG4);
        TestVideos.write(root.resolve("b/second.mp4"), 96, 72, 30, 90, TestVideos.H264);
        TestVideos.randomBytes(root.resolve("b/broken.mp4"), 5_000, 2);
        // a partial block, as an experiment might hold it: the entry points merge the defaults themselves
        block = new ComponentConfig("dataset", ConfigFactory.parseString("type = kinetics, root = \""
                + root + "\", cache-dir = \"" + folder.resolve("cache") + "\", batch-size = 2, img-size = 64, "
                + "patch-size = 32, workers = 2"), 0);
    }

    @Test
    void indexJsonHasTheDocumentedFields() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VideoIndexCommand.run("kinetics", block, true, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(Set.of("videos", "clips", "skipped", "per_video"), Set.copyOf(iterable(json.fieldNames())));
        assertEquals(2, json.get("videos").asInt());
        // 60 frames -> 16 at 8 fps -> 13 clips; 90 frames -> 24 -> 21 clips
        assertEquals(34, json.get("clips").asInt());
        assertEquals(13, json.get("per_video").get("a/first.mp4").asInt());
        assertEquals(21, json.get("per_video").get("b/second.mp4").asInt());
        assertEquals("b/broken.mp4", json.get("skipped").get(0).get("path").asText());
        assertTrue(json.get("skipped").get(0).get("reason").asText().startsWith("cannot open: "));
    }

    @Test
    void indexTextNamesCountsCacheAndSkippedVideos() throws IOException {
        IndexReport report = VideoIndexCommand.run("kinetics", block, IndexProgress.NONE);
        String text = report.toText();
        assertTrue(text.contains("2 videos, 34 clips; 10 clips (5 batches) per epoch; 1 skipped"), text);
        assertTrue(text.contains("skipped b/broken.mp4: cannot open: "), text);
        assertTrue(Files.isRegularFile(report.cacheFile()), text);
    }

    @Test
    void previewWritesASheetWithOneRowPerClip() throws IOException {
        Path png = folder.resolve("preview/sheet.png");
        List<String> legend = VideoPreview.write("kinetics", block, png, 3);
        assertEquals(3, legend.size());
        assertTrue(legend.get(0).matches("row 1: (a/first|b/second)\\.mp4, clip \\d+, frames \\[.*]"), legend.get(0));
        BufferedImage sheet = ImageIO.read(png.toFile());
        // per frame: the 96 x 72 frame at height 64 (85 px), the 64 px frame and 3 x 3 patches of 32 + 1
        assertEquals(4 * (85 + 64 + 99 + 3 * 4), sheet.getWidth());
        assertEquals(3 * (99 + 12), sheet.getHeight());
    }

    @Test
    void benchMeasuresTheThreeRates() throws IOException {
        VideoBench.Result result = VideoBench.run("kinetics", block, 2, 8);
        assertEquals(2, result.workers());
        assertEquals(9, result.nodes());
        // rates are measurements: only their signs are certain (CPU time per clip can round to 0 on a fast machine)
        for (CpuClock.Rate rate : List.of(result.decode(), result.augment(), result.pipeline())) {
            assertTrue(rate.clipsPerSecond() > 0 && rate.cpuMillisPerClip() >= 0, rate.toString());
        }
        assertTrue(result.toText().contains("whole pipeline:"), result.toText());
    }

    @Test
    void otherDatasetTypesAreRejected() {
        ConfigError e = assertThrows(ConfigError.class, () -> VideoIndexCommand.run("synthetic", block,
                IndexProgress.NONE));
        assertTrue(e.getMessage().contains("dataset.type is 'synthetic'"), e.getMessage());
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
