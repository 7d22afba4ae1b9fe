package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a plugin project (an example such as {@code examples/plugin-walk}, or one {@code new-plugin} wrote) into a
 * jar without Maven: compiles its {@code src/main/java} against the test class path (which holds the framework) and
 * packs the classes with {@code src/main/resources}, as {@code mvn package} would; compiles its tests too. Needs no
 * framework installed in a Maven repository.
 */
final class ExamplePluginJar {

    private ExamplePluginJar() {
    }

    /** The root of the Jaywalk checkout. */
    static Path projectRoot() {
        return Path.of(System.getProperty("jaywalk.project.root", ".."));
    }

    /** The example project {@code examples/<name>} of the Jaywalk checkout. */
    static Path project(String name) {
        return projectRoot().resolve("examples").resolve(name);
    }

    /** The names of every example project (folders under {@code examples/} with a {@code pom.xml}). */
    static List<String> examples() throws IOException {
        try (Stream<Path> folders = Files.list(projectRoot().resolve("examples"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("pom.xml")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Compiles {@code project}'s main sources and packs them with its resources into {@code jar}. */
    static Path build(Path project, Path jar) throws IOException {
        Path folder = Files.createDirectories(jar.toAbsolutePath().getParent());
        Path classes = Files.createTempDirectory(folder.getParent(), "classes"); // not in the plugin folder
        compile(project.resolve("src/main/java"), classes, testClassPath());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, project.resolve("src/main/resources"))) {
                for (Path file : filesUnder(root)) {
                    out.putNextEntry(new JarEntry(root.relativize(file).toString().replace(File.separatorChar, '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * Compiles {@code project}'s tests ({@code src/test/java}) against its {@code jar} and the test class path, which
     * holds the framework's test kit, as {@code mvn test} would; returns the folder of their classes.
     */
    static Path buildTests(Path project, Path jar, Path classes) throws IOException {
        compile(project.resolve("src/test/java"), Files.createDirectories(classes),
                jar.toAbsolutePath() + File.pathSeparator + testClassPath());
        return classes;
    }

    private static void compile(Path sources, Path classes, String classPath) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "--release", "17"));
        args.addAll(filesUnder(sources).stream().map(Path::toString).toList());
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)),
                "compiling " + sources + " failed");
    }

    /** Surefire's test class path (its own {@code java.class.path} may be a manifest-only jar). */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
