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
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jaywalk new-plugin} for every extension point writes a project whose main sources compile against the
 * framework, whose unit tests pass with the test kit, and whose classes keep to the SPI; the walk, loss and listener
 * jars train a tiny experiment. Bad names, unknown points and existing folders are refused in one line.
 */
class NewPluginTest {

    /** The points whose generated jar trains below; every other built-in point is checked by the parameterized test. */
    private static final Set<String> TRAINED = Set.of("walk", "loss", "listener");

    @TempDir
    Path dir;

    static Stream<String> untrainedPoints() {
        return ExtensionPoint.BUILT_IN.stream().map(ExtensionPoint::name).filter(p -> !TRAINED.contains(p));
    }

    @ParameterizedTest
    @MethodSource("untrainedPoints")
    void projectCompilesPassesItsTestsAndKeepsToTheSpi(String point) throws IOException {
        generatedPlugin(point);
    }

    @Test
    void generatedWalkTrains() throws IOException {
        Path run = train(generatedPlugin("walk"), "walk.type=my-walk");
        assertTrue(Files.readString(run.resolve("config.conf")).contains("max-length"), "the walk's defaults apply");
        String metrics = Files.readString(run.resolve("metrics.jsonl"));
        assertTrue(metrics.contains("my-walk_len1") && metrics.contains("my-walk_len2"), metrics);
    }

    @Test
    void generatedLossTrains() throws IOException {
        Path run = train(generatedPlugin("loss"), "loss.type=my-loss");
        assertTrue(Files.readString(run.resolve("config.conf")).contains("smoothing"), "the loss's defaults apply");
        assertTrue(Files.readString(run.resolve("metrics.jsonl")).contains("acc_"), "the loss's diagnostics");
    }

    @Test
    void generatedListenerTrains() throws IOException {
        Path run = train(generatedPlugin("listener"), "listeners=[{type=my-listener, every=1}]");
        Path events;
        try (Stream<Path> files = Files.list(run)) {
            events = files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents")).findFirst()
                    .orElseThrow();
        }
        List<EventFiles.Point> smoothed = EventFiles.scalars(events).get("my-listener/smoothed_loss");
        assertEquals(List.of(0L, 1L), smoothed.stream().map(EventFiles.Point::step).toList());
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

    /**
     * Writes the project {@code my-<point>} with {@code new-plugin}, builds its jar into a plugin folder, runs its
     * tests and checks that its classes use only the SPI (and the test kit); returns the plugin folder.
     */
    private Path generatedPlugin(String point) throws IOException {
        String name = "my-" + point;
        Path project = dir.resolve(name);
        Cli.Outcome made = Cli.run("new-plugin", name, "--point", point, "--dir", project.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(made.out().contains("src/main/java/org/example/my" + point), made.out());

        Path plugins = dir.resolve("plugins");
        Path jar = ExamplePluginJar.build(project, plugins.resolve(name + ".jar"));
        Path tests = ExamplePluginJar.buildTests(project, jar, dir.resolve("test-classes-" + point));
        String ownPackage = "org.example.my" + point + "..";
        try (JarFile classes = new JarFile(jar.toFile())) {
            ArchitectureTest.onlySpi(ownPackage).check(new ClassFileImporter().importJar(classes));
        }
        ArchitectureTest.onlySpi(ownPackage, ArchitectureTest.TESTKIT).check(new ClassFileImporter().importPath(tests));

        ProjectTests.Outcome tested = ProjectTests.run(jar, tests);
        assertEquals(0, tested.failed(), tested.failures());
        assertTrue(tested.succeeded() >= 2, point + ": " + tested.succeeded() + " tests passed");
        return plugins;
    }

    /** Trains the tiny experiment with the plugins of {@code plugins} and {@code overrides}; returns the run folder. */
    private Path train(Path plugins, String... overrides) throws IOException {
        Path experiment = TinyExperiments.write(dir, "tiny");
        String[] args = Stream.concat(Stream.of("train", experiment.toString(), "--plugins", plugins.toString(),
                "experiment.run-name=run"), Stream.of(overrides)).toArray(String[]::new);
        Cli.Outcome trained = Cli.run(args);
        assertEquals(0, trained.exitCode(), trained.err());
        return dir.resolve("runs/tiny/run");
    }
}
