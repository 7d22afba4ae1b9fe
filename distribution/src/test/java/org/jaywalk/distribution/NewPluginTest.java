package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jaywalk new-plugin} for every extension point writes a project whose main sources compile against the
 * framework, whose unit tests pass with the test kit and whose classes keep to the SPI; the walk, loss and listener
 * jars train the tiny experiment, and an experiment made of generated components only trains and evaluates. Bad
 * names, unknown points, taken names and existing folders are refused in one line.
 */
class NewPluginTest {

    /** The generated projects {@code my-<point>} and, in {@code plugins/}, their jars. */
    @TempDir
    static Path generated;

    @TempDir
    Path dir;

    static Stream<String> points() {
        return ExtensionPoint.BUILT_IN.stream().map(ExtensionPoint::name);
    }

    @BeforeAll
    static void generateAndBuildAPluginOfEveryPoint() throws IOException {
        for (String point : points().toList()) {
            Path project = generated.resolve("my-" + point);
            Cli.Outcome made = Cli.run("new-plugin", "my-" + point, "--point", point, "--dir", project.toString());
            assertEquals(0, made.exitCode(), made.err());
            assertTrue(made.out().contains("src/main/java/org/example/my" + point), made.out());
            ExamplePluginJar.build(project, jar(point));
        }
    }

    @ParameterizedTest
    @MethodSource("points")
    void projectPassesItsOwnTestsAndKeepsToTheSpi(String point) throws IOException {
        Path project = generated.resolve("my-" + point);
        Path tests = ExamplePluginJar.buildTests(project, jar(point), dir.resolve("test-classes"));
        String ownPackage = "org.example.my" + point + "..";
        try (JarFile classes = new JarFile(jar(point).toFile())) {
            ArchitectureTest.onlySpi(ownPackage).check(new ClassFileImporter().importJar(classes));
        }
        ArchitectureTest.onlySpi(ownPackage, ArchitectureTest.TESTKIT).check(new ClassFileImporter().importPath(tests));

        ProjectTests.Outcome tested = ProjectTests.run(jar(point), tests);
        assertEquals(0, tested.failed(), tested.failures());
        assertTrue(tested.succeeded() >= 2, point + ": " + tested.succeeded() + " tests passed");
    }

    @Test
    void generatedWalkTrains() throws IOException {
        Path run = train(TinyExperiments.write(dir, "tiny"), "walk.type=my-walk");
        assertTrue(Files.readString(run.resolve("config.conf")).contains("max-length"), "the walk's defaults apply");
        String metrics = Files.readString(run.resolve("metrics.jsonl"));
        assertTrue(metrics.contains("my-walk_len1") && metrics.contains("my-walk_len2"), metrics);
    }

    @Test
    void generatedLossTrains() throws IOException {
        Path run = train(TinyExperiments.write(dir, "tiny"), "loss.type=my-loss");
        assertTrue(Files.readString(run.resolve("config.conf")).contains("smoothing"), "the loss's defaults apply");
    }

    @Test
    void generatedListenerTrains() throws IOException {
        Path run = train(TinyExperiments.write(dir, "tiny"), "listeners=[{type=my-listener, every=1}]");
        List<EventFiles.Point> smoothed = EventFiles.scalars(eventsFile(run)).get("my-listener/smoothed_loss");
        assertEquals(List.of(0L, 1L), smoothed.stream().map(EventFiles.Point::step).toList());
    }

    @Test
    void anExperimentOfGeneratedComponentsOnlyTrainsAndEvaluates() throws IOException {
        String output = dir.resolve("runs").toAbsolutePath().toString().replace("\\", "/");
        Path experiment = Files.writeString(dir.resolve("tiny.conf"), """
                experiment { name = tiny, seed = 3, output-dir = "%s" }
                dataset { type = my-dataset, batch-size = 2, clip-length = 3, frame-size = 32, epoch-size = 4 }
                model {
                  encoder { type = my-encoder, channels = 8, layers = 2 }
                  head { type = my-head, dim = 8 }
                }
                walk.type = my-walk
                loss.type = my-loss
                optimizer.type = my-optimizer
                schedule { type = my-schedule, warmup-epochs = 0, decay-epochs = 1 }
                listeners = [{ type = my-listener, every = 1 }]
                evaluation { type = my-evaluator, images = 1, size = 16 }
                train { epochs = 1, max-steps = 2, log-every = 1, checkpoint-every = 100 }
                """.formatted(output));
        Path run = train(experiment);
        assertTrue(Files.readString(run.resolve("metrics.jsonl")).contains("my-walk_len2"));
        assertTrue(Files.readString(run.resolve("eval/my-evaluator.tsv")).startsWith("image\tshift-match"));
    }

    @Test
    void refusesAnExistingFolderABadNameAnUnknownPointAndATakenName() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("taken"));
        Map<List<String>, String> refusals = Map.of(
                List.of("my-walk", "--point", "walk", "--dir", existing.toString()),
                "error: " + existing.toAbsolutePath().normalize() + " exists already: new-plugin never overwrites;"
                        + " remove it or choose another --dir",
                List.of("My_Walk", "--point", "walk"),
                "error: plugin name 'My_Walk' must be lowercase letters, digits and single dashes, starting with a"
                        + " letter (e.g. my-walk)",
                List.of("my-walk", "--point", "wlak"),
                "error: unknown extension point 'wlak' (did you mean walk?); choose one of dataset, encoder, head,"
                        + " walk, loss, optimizer, schedule, evaluator, listener",
                List.of("palindrome", "--point", "walk", "--dir", dir.resolve("new").toString()),
                "error: the walk 'palindrome' is registered already by plugin 'crw' (class path): choose another name");
        refusals.forEach((args, message) -> {
            Cli.Outcome refused = Cli.run(Stream.concat(Stream.of("new-plugin"), args.stream()).toArray(String[]::new));
            assertEquals(2, refused.exitCode(), refused.err());
            assertEquals(message, refused.err().strip(), "one line");
        });
        assertFalse(Files.exists(dir.resolve("new")));
        try (Stream<Path> files = Files.list(existing)) {
            assertEquals(0, files.count(), "left alone");
        }
    }

    private static Path jar(String point) {
        return generated.resolve("plugins/my-" + point + ".jar");
    }

    /** Trains {@code experiment} with the generated plugins and {@code overrides}; returns the run folder. */
    private Path train(Path experiment, String... overrides) {
        String[] args = Stream.concat(Stream.of("train", experiment.toString(), "--plugins",
                generated.resolve("plugins").toString(), "experiment.run-name=run"), Stream.of(overrides))
                .toArray(String[]::new);
        Cli.Outcome trained = Cli.run(args);
        assertEquals(0, trained.exitCode(), trained.err());
        return dir.resolve("runs/tiny/run");
    }

    private static Path eventsFile(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents")).findFirst()
                    .orElseThrow();
        }
    }
}
