package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/plugin-listener}, built into a jar in a plugin folder, records the walk's per-transition entropy
 * every N steps into TensorBoard and its run folder, without touching the loss, in a single run and in every
 * point of a sweep.
 */
class ExampleListenerTest {

    private static final String LISTENER = "listeners=[{ type = walk-entropy, every = 2 }]";

    @TempDir
    Path dir;

    private Path experimentWithPlugins() throws IOException {
        Path plugins = dir.resolve("plugins");
        ExamplePluginJar.build(ExamplePluginJar.project("plugin-listener"), plugins.resolve("walk-entropy.jar"));
        Path experiment = TinyExperiments.write(dir, "entropy");
        Files.writeString(experiment, "plugins.folders = [\"" + plugins.toAbsolutePath().toString().replace("\\", "/")
                + "\"]\n", java.nio.file.StandardOpenOption.APPEND);
        return experiment;
    }

    @Test
    void recordsTransitionEntropyEveryNStepsWithoutTouchingTheLoss() throws IOException {
        Path experiment = experimentWithPlugins();
        Cli.Outcome with = Cli.run("train", experiment.toString(), LISTENER, "train.epochs=2", "train.max-steps=5",
                "experiment.run-name=with");
        assertEquals(0, with.exitCode(), with.err());
        Cli.Outcome without = Cli.run("train", experiment.toString(), "train.epochs=2", "train.max-steps=5",
                "experiment.run-name=without");
        assertEquals(0, without.exitCode(), without.err());

        Path run = dir.resolve("runs/entropy/with");
        List<String[]> rows = Files.readAllLines(run.resolve("walk-entropy.tsv")).stream().skip(1)
                .map(l -> l.split("\t")).toList();
        assertEquals(Set.of(0L, 2L, 4L), rows.stream().map(r -> Long.parseLong(r[0])).collect(Collectors.toSet()),
                "every 2 steps and the last of 5");
        Set<String> transitions = rows.stream().map(r -> r[1]).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(transitions.containsAll(Set.of("0-1", "1-2")), "the clip's forward steps: " + transitions);
        double uniform = Math.log(4); // 4 patches per frame
        for (String[] r : rows) {
            double entropy = Double.parseDouble(r[2]);
            assertTrue(entropy > 0 && entropy <= uniform + 1e-6, String.join(" ", r));
        }

        Map<String, List<EventFiles.Point>> scalars = EventFiles.scalars(eventsFile(run));
        for (String transition : transitions) {
            List<EventFiles.Point> points = scalars.get("walk_entropy/" + transition);
            assertEquals(List.of(0L, 2L, 4L), points.stream().map(EventFiles.Point::step).toList(), transition);
        }
        assertTrue(scalars.containsKey("loss"), "the built-in scalars share the run's event file");
        assertEquals(losses(dir.resolve("runs/entropy/without")), losses(run), "the listener does not change training");
    }

    @Test
    void everySweepPointHasItsOwnTable() throws IOException {
        Path experiment = experimentWithPlugins();
        Files.writeString(experiment, LISTENER + "\n", java.nio.file.StandardOpenOption.APPEND);
        Path sweep = Files.writeString(dir.resolve("entropy-sweep.conf"), "sweep { experiment = \""
                + experiment.getFileName() + "\", grid { \"walk.temperature\" = [0.05, 0.1] } }\n");
        Cli.Outcome swept = Cli.run("sweep", sweep.toString());
        assertEquals(0, swept.exitCode(), swept.err());
        List<Path> tables;
        try (Stream<Path> files = Files.walk(dir.resolve("runs"))) {
            tables = files.filter(f -> f.getFileName().toString().equals("walk-entropy.tsv")).toList();
        }
        assertEquals(2, tables.size(), tables.toString());
        assertFalse(tables.get(0).getParent().equals(tables.get(1).getParent()), tables.toString());
        for (Path table : tables) {
            assertEquals(List.of("0", "1"), Files.readAllLines(table).stream().skip(1).map(l -> l.split("\t")[0])
                    .distinct().toList(), "steps 0 and the last (1) of the 2-step points: " + table);
        }
    }

    private static Path eventsFile(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            List<Path> events = files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents"))
                    .toList();
            assertEquals(1, events.size(), "one event file per run: " + events);
            return events.get(0);
        }
    }

    private static List<String> losses(Path run) throws IOException {
        return Files.readAllLines(run.resolve("metrics.jsonl")).stream()
                .map(l -> l.replaceAll(".*\"loss\":([^,]*),.*", "$1")).toList();
    }
}
