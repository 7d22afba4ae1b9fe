package org.jaywalk.framework.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Module;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jaywalk.framework.spi.JaywalkPlugin;

/** Compiles plugin classes from source into a jar that is not on the test class path. */
public final class PluginJars {

    private PluginJars() {
    }

    /**
     * A jar with one plugin class listed in its service file.
     *
     * @param jar the jar to write
     * @param className fully qualified name of the {@link JaywalkPlugin} implementation
     * @param source its source code
     */
    public static Path build(Path jar, String className, String source) throws IOException {
        return build(jar, Map.of(className, source), Map.of(), className);
    }

    /**
     * A jar of compiled classes.
     *
     * @param sources fully qualified class name -> source, compiled into the jar
     * @param stubs fully qualified class name -> source, compiled first on the source path (shadowing the
     *     framework's classes, e.g. an older {@link JaywalkPlugin}) but left out of the jar
     * @param serviceEntry the content of the jar's {@code META-INF/services} file for {@link JaywalkPlugin}, or
     *     null for a jar without one
     */
    public static Path build(Path jar, Map<String, String> sources, Map<String, String> stubs, String serviceEntry)
            throws IOException {
        Path work = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "src");
        List<String> files = new ArrayList<>(List.of("-d", work.resolve("classes").toString(), "-cp", classPath()));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            files.add(write(work.resolve("main"), s.getKey(), s.getValue()).toString());
        }
        for (Map.Entry<String, String> s : stubs.entrySet()) {
            files.add(write(work.resolve("stubs"), s.getKey(), s.getValue()).toString());
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac.run(null, null, null, files.toArray(String[]::new)) == 0, "compiling the test plugin failed");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.filter(Files::isRegularFile).filter(f -> !isStub(classes, f, stubs)).toList()) {
                put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            if (serviceEntry != null) {
                put(out, "META-INF/services/" + JaywalkPlugin.class.getName(), (serviceEntry + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static Path write(Path root, String className, String source) throws IOException {
        Path file = root.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    private static boolean isStub(Path classes, Path classFile, Map<String, String> stubs) {
        String name = classes.relativize(classFile).toString().replace('\\', '/').replaceAll("(\\$.*)?\\.class$", "").replace('/', '.');
        return stubs.containsKey(name);
    }

    private static String classPath() {
        return String.join(java.io.File.pathSeparator, location(JaywalkPlugin.class), location(Module.class),
                location(picocli.CommandLine.class));
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
