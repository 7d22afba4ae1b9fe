package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/plugin-walk}, built into a jar in a plugin folder, is found by the real CLI and trains: the
 * {@code skip} walk with a learned temperature, a few steps of a tiny CRW.
 */
class ExamplePluginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void skipWalkFromAJarTrainsWithALearnedTemperature() throws IOException {
        Path plugins = dir.resolve("plugins");
        Path jar = ExamplePluginJar.build(ExamplePluginJar.project("plugin-walk"), plugins.resolve("skip-walk.jar"));

        Cli.Outcome listed = Cli.run("plugins", "--json", "--plugins", plugins.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode skipWalk = null;
        for (JsonNode plugin : JSON.readTree(listed.out())) {
            skipWalk = plugin.get("name").asText().equals("skip-walk") ? plugin : skipWalk;
        }
        assertTrue(skipWalk != null, listed.out());
        assertEquals(jar.toAbsolutePath().normalize().toString(), skipWalk.get("origin").asText());
        assertEquals("skip", skipWalk.get("registers").get("walk").get(0).asText());

        Path experiment = TinyExperiments.write(dir, "skip");
        Cli.Outcome trained = Cli.run("train", experiment.toString(), "--plugins", plugins.toString(),
                "walk.type=skip", "walk.learn-temperature=true", "experiment.run-name=run");
        assertEquals(0, trained.exitCode(), trained.err());

        Path run = dir.resolve("runs/skip/run");
        String metrics = Files.readString(run.resolve("metrics.jsonl"));
        assertTrue(metrics.contains("skip2_t0"), metrics);
        assertTrue(Files.readString(run.resolve("config.conf")).contains("learn-temperature"), "resolved config");
        Cli.Outcome inspected = Cli.run("inspect", run.resolve("checkpoints/step-00000002.ckpt").toString());
        assertEquals(0, inspected.exitCode(), inspected.err());
        assertTrue(inspected.out().contains("walk.log_temperature"), inspected.out());
    }
}
