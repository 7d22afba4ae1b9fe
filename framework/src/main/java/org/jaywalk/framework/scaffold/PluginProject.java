package org.jaywalk.framework.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.lang.model.SourceVersion;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;

/**
 * A new plugin project with one component of one extension point, rendered from the templates under
 * {@code org/jaywalk/framework/scaffold/templates}: {@code layout.txt} lists each file of the project and its
 * template, shared ones under {@code common/} and the component's own under the extension point's name.
 *
 * <p>Placeholders ({@link TemplateText}): {@code name} ({@code my-walk}), {@code Name} ({@code MyWalk}),
 * {@code package}, {@code packagePath}, {@code point} ({@code walk}), {@code POINT} ({@code WALK}),
 * {@code configPath}, {@code override} (the command-line setting that selects the component),
 * {@code apiVersion}, {@code jaywalkVersion}, and from the point's own templates {@code defaults} (the factory's
 * HOCON), {@code about} (a paragraph for the README) and {@code block} (the experiment block with the defaults).
 */
public final class PluginProject {

    private static final String TEMPLATES = "templates/";
    private static final String FRAMEWORK_PACKAGE = "org.jaywalk.framework";

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param javaPackage the package of the plugin's classes
     * @throws IllegalArgumentException when the package is not a valid Java package name outside the framework's
     */
    public PluginProject(PluginName name, ExtensionPoint<?> point, String javaPackage) {
        if (!SourceVersion.isName(javaPackage) || javaPackage.startsWith(FRAMEWORK_PACKAGE)) {
            throw new IllegalArgumentException("package '" + javaPackage + "' must be a Java package name (dotted"
                    + " lowercase words that are not keywords) outside " + FRAMEWORK_PACKAGE);
        }
        values.put("name", name.value());
        values.put("Name", name.className());
        values.put("package", javaPackage);
        values.put("packagePath", javaPackage.replace('.', '/'));
        values.put("point", point.name());
        values.put("POINT", point.name().toUpperCase(Locale.ROOT));
        values.put("configPath", point.configPath());
        values.put("apiVersion", Integer.toString(JaywalkPlugin.API_VERSION));
        values.put("jaywalkVersion", jaywalkVersion());
        values.put("override", point.list() ? point.configPath() + "=[{type=" + name + "}]" : point.typePath() + "=" + name);
        values.put("defaults", render("{{point}}/defaults.conf"));
        values.put("about", render("{{point}}/about.md"));
        values.put("block", block(point, name.value(), values.get("defaults")));
    }

    /** The project's files by their path in the project, {@code /}-separated. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : resource("layout.txt").split("\n")) {
            String[] entry = line.strip().split("\\s+");
            if (entry.length == 2 && !entry[0].startsWith("#")) {
                files.put(TemplateText.render(entry[1], values, "layout.txt"), render(entry[0]));
            }
        }
        return files;
    }

    /**
     * Writes the project into {@code folder}, which must not exist.
     *
     * @return the files written, relative to {@code folder}
     * @throws java.nio.file.FileAlreadyExistsException when {@code folder} exists
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(folder.relativize(path));
        }
        return written;
    }

    /** The component's block with its defaults, as an experiment selects it. */
    private static String block(ExtensionPoint<?> point, String name, String defaults) {
        String body = "type = " + name + "\n" + defaults.strip();
        if (point.list()) {
            return point.configPath() + " = [\n  {\n" + body.indent(4) + "  }\n]";
        }
        return point.configPath() + " {\n" + body.indent(2) + "}";
    }

    private String render(String template) {
        String path = TemplateText.render(template, values, "layout.txt") + ".tmpl";
        return TemplateText.render(resource(path), values, path);
    }

    private static String resource(String path) {
        return text(TEMPLATES + path);
    }

    /** A resource beside this class, as text. */
    private static String text(String name) {
        try (InputStream in = PluginProject.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the framework lacks the resource org/jaywalk/framework/scaffold/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource org/jaywalk/framework/scaffold/" + name, e);
        }
    }

    /** The version of the running framework's Maven artifact, which the new project compiles against. */
    private static String jaywalkVersion() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text("jaywalk.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jaywalk.properties", e);
        }
        return properties.getProperty("jaywalk.version");
    }
}
