package org.jaywalk.framework.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates render for every built-in extension point; names, packages and placeholders are checked. */
class PluginProjectTest {

    @TempDir
    Path dir;

    @Test
    void everyBuiltInPointRendersAProjectWithEveryPlaceholderFilled() {
        for (ExtensionPoint<?> point : ExtensionPoint.BUILT_IN) {
            Map<String, String> files = new PluginProject(new PluginName("my-thing"), point, "org.me.thing").files();
            assertEquals(List.of("pom.xml", "README.md", ".gitignore", "experiment.conf",
                    "src/main/java/org/me/thing/MyThingPlugin.java",
                    "src/main/resources/META-INF/services/org.jaywalk.framework.spi.JaywalkPlugin",
                    "src/main/java/org/me/thing/MyThingFactory.java", "src/main/java/org/me/thing/MyThing.java",
                    "src/test/java/org/me/thing/MyThingTest.java"), List.copyOf(files.keySet()), point.name());
            files.forEach((file, text) -> assertFalse(text.contains("{{"), point + " " + file));
            assertTrue(files.get("src/main/java/org/me/thing/MyThingPlugin.java")
                    .contains("ExtensionPoint." + point.name().toUpperCase(Locale.ROOT) + ", \"my-thing\""));
            assertTrue(files.get("experiment.conf").contains("type = my-thing"), point.name());
            assertTrue(files.get("pom.xml").contains("plugin API version " + JaywalkPlugin.API_VERSION), point.name());
        }
    }

    @Test
    void theDefaultsAppearInTheFactoryAndTheExperimentBlock() {
        Map<String, String> files = new PluginProject(new PluginName("my-listener"), ExtensionPoint.LISTENER,
                "org.me.listener").files();
        assertTrue(files.get("src/main/java/org/me/listener/MyListenerFactory.java")
                .contains("        return \"\"\"\n                # report every N steps"), "indented in the text block");
        assertTrue(files.get("experiment.conf").endsWith("""
                listeners = [
                  {
                    type = my-listener
                    # report every N steps, and at the last step (at least 0; 0: never)
                    every = 10
                    # weight of the past in the moving average of the loss, in [0, 0.999]; 0 reports each step's own loss
                    smoothing = 0.9
                  }
                ]
                """), files.get("experiment.conf"));
    }

    @Test
    void writesIntoANewFolderOnly() throws IOException {
        PluginProject project = new PluginProject(new PluginName("a"), ExtensionPoint.LOSS, "org.me.a");
        List<Path> written = project.writeTo(dir.resolve("nested/a"));
        assertEquals(9, written.size());
        assertTrue(Files.isRegularFile(dir.resolve("nested/a").resolve(written.get(0))));
        assertThrows(FileAlreadyExistsException.class, () -> project.writeTo(dir.resolve("nested/a")));
    }

    @Test
    void namesAreLowercaseWordsJoinedByDashes() {
        PluginName name = new PluginName("my-2nd-walk");
        assertEquals("My2ndWalk", name.className());
        assertEquals("org.example.my2ndwalk", name.defaultPackage());
        for (String bad : List.of("MyWalk", "my_walk", "-walk", "walk-", "my--walk", "2walk", "")) {
            assertThrows(IllegalArgumentException.class, () -> new PluginName(bad), bad);
        }
    }

    @Test
    void packagesMustBeJavaNamesOutsideTheFramework() {
        for (String bad : List.of("org.example.for", "org..x", "1org", "org.jaywalk.framework.mine")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new PluginProject(new PluginName("a"), ExtensionPoint.WALK, bad), bad);
        }
    }

    @Test
    void aPlaceholderAloneOnItsLineIndentsEveryLineOfItsValue() {
        assertEquals("a {\n    x = 1\n\n    y = 2\n}", TemplateText.render("a {\n    {{v}}\n}",
                Map.of("v", "x = 1\n\ny = 2\n"), "t"));
        assertEquals("name = w-1", TemplateText.render("name = {{n}}", Map.of("n", "w-1"), "t"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TemplateText.render("{{missing}}", Map.of(), "walk/Factory.java.tmpl"));
        assertEquals("template walk/Factory.java.tmpl uses {{missing}}, which has no value", e.getMessage());
    }
}
