package org.jaywalk.framework.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Module;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jaywalk.framework.spi.JaywalkPlugin;

/** Compiles a plugin class from source into a jar that is not on the test class path. */
public final class PluginJars {

    private PluginJars() {
    }

    /**
     * @param jar the jar to write
     * @param className fully qualified name of the {@link JaywalkPlugin} implementation
     * @param source its source code
     */
    public static Path build(Path jar, String className, String source) throws IOException {
        Path work = Files.createTempDirectory(jar.getParent(), "src");
        Path sourceFile = work.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = String.join(java.io.File.pathSeparator, location(JaywalkPlugin.class), location(Module.class),
                location(picocli.CommandLine.class));
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, sourceFile.toString());
        assertTrue(status == 0, "compiling the test plugin failed");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            put(out, "META-INF/services/" + JaywalkPlugin.class.getName(), (className + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
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
