package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.testkit.JaywalkCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's subcommands through the real command line: {@code data index}, {@code data preview}, {@code bench data}. */
@Timeout(180)
class DataCommandsTest {

    @TempDir
    static Path folder;
    private static Path experiment;

    @BeforeAll
    static void writeDatasetAndExperiment() throws IOException {
        Path root = folder.resolve("kinetics");
        TestVideos.write(root.resolve("a/first.mp4"), 96, 72, 30, 60, TestVideos.MPEG4);
        TestVideos.randomBytes(root.resolve("b/broken.mp4"), 5_000, 2);
        experiment = folder.resolve("video.conf");
        Files.writeString(experiment, """
                dataset { type = kinetics, root = "%s", cache-dir = "%s", batch-size = 2, img-size = 64, patch-size = 32 }
                model { encoder { type = stub }, head { type = stub } }
                walk { type = stub }
                loss { type = stub }
                optimizer { type = stub }
                schedule { type = stub }
                """.formatted(root, folder.resolve("cache")));
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JaywalkCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void indexPrintsTheDocumentedJson() throws IOException {
        String[] r = run("data", "index", experiment.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(1, json.get("videos").asInt());
        assertEquals(13, json.get("per_video").get("a/first.mp4").asInt());
        assertEquals("b/broken.mp4", json.get("skipped").get(0).get("path").asText());
    }

    @Test
    void previewWritesAPng() {
        Path png = folder.resolve("preview.png");
        String[] r = run("data", "preview", experiment.toString(), "--out", png.toString(), "--clips", "2");
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void benchDataReportsRates() {
        String[] r = run("bench", "data", experiment.toString(), "--workers", "1", "--clips", "4");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("clips/s"), r[1]);
    }

    @Test
    void benchDataJsonHasTheThreeMeasures() throws IOException {
        String[] r = run("bench", "data", experiment.toString(), "--workers", "1", "--clips", "2", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(1, json.get("workers").asInt());
        for (String measure : new String[] {"decode", "augment", "pipeline"}) {
            JsonNode rate = json.get(measure);
            assertTrue(rate.get("clips_per_s").asDouble() > 0, r[1]);
            assertTrue(rate.get("worker_cpu_ms_per_clip").asDouble() >= 0, r[1]);
            // per core is null when a tiny run measured no CPU time at all
            assertTrue(rate.get("cpu_ms_per_clip").isNumber() && rate.has("clips_per_s_per_core"), r[1]);
        }
    }
}
