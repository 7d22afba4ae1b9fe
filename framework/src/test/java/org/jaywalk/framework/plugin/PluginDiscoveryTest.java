package org.jaywalk.framework.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.testing.PluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {

    private static final String JAR_PLUGIN = """
            package ext;
            import org.jaywalk.framework.spi.*;
            public class ExtraPlugin implements JaywalkPlugin {
                public String name() { return "extra"; }
                public String version() { return "1.2.3"; }
                public com.google.inject.Module module() {
                    return new PluginModule() {
                        protected void configureComponents() {
                            register(ExtensionPoint.SCHEDULE, "halved", new ScheduleFactory() {
                                public String defaults() { return ""; }
                                public LearningRateSchedule create(ComponentConfig c) { return (s, n) -> 0.5; }
                            });
                        }
                    };
                }
            }
            """;

    private static final String OLD_PLUGIN = """
            package ext;
            public class OldPlugin implements org.jaywalk.framework.spi.JaywalkPlugin {
                public String name() { return "old"; }
                public int apiVersion() { return 99; }
                public com.google.inject.Module module() { return binder -> { }; }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void findsClassPathPluginsWithWhatTheyRegister() {
        List<DiscoveredPlugin> found = new PluginDiscovery().discover(List.of(dir.resolve("absent")));
        assertEquals(List.of("test"), found.stream().map(p -> p.plugin().name()).toList());
        PluginInfo info = ComponentRegistry.build(found).plugins().get(0);
        assertEquals(PluginDiscovery.CLASS_PATH, info.origin());
        assertEquals("dev", info.version());
        assertEquals(Map.of("dataset", List.of("random"), "encoder", List.of("conv1x1"), "head", List.of("meanpool"),
                "walk", List.of("pair"), "loss", List.of("xent"), "optimizer", List.of("sgd"),
                "schedule", List.of("constant")), info.registers());
        assertEquals(List.copyOf(info.registers().keySet()),
                ExtensionPoint.ALL.stream().map(ExtensionPoint::name).filter(info.registers()::containsKey).toList(),
                "listed in extension point order");
    }

    @Test
    void loadsJarPluginsInTheirOwnClassLoader() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("extra.jar"), "ext.ExtraPlugin", JAR_PLUGIN);
        Files.writeString(plugins.resolve("README.txt"), "not a jar");
        PluginJars.build(Files.createDirectories(plugins.resolve("nested")).resolve("ignored.jar"), "ext.OldPlugin", OLD_PLUGIN);

        List<DiscoveredPlugin> found = new PluginDiscovery().discover(List.of(plugins));
        ComponentRegistry registry = ComponentRegistry.build(found);

        PluginInfo extra = registry.plugins().get(1);
        assertEquals(List.of("test", "extra"), registry.plugins().stream().map(PluginInfo::name).toList());
        assertEquals(jar.toAbsolutePath().normalize().toString(), extra.origin());
        assertEquals("1.2.3", extra.version());
        assertEquals(Map.of("schedule", List.of("halved")), extra.registers());
        assertEquals(0.5, registry.factory(ExtensionPoint.SCHEDULE, "halved").create(null).factor(0, 1));
        assertNotSame(getClass().getClassLoader(), found.get(1).plugin().getClass().getClassLoader());
        assertEquals(extra, registry.provider(ExtensionPoint.SCHEDULE, "halved"));
        assertEquals(List.of("constant", "halved"), registry.names(ExtensionPoint.SCHEDULE));
    }

    @Test
    void apiVersionMismatchNamesPluginAndJar() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("old.jar"), "ext.OldPlugin", OLD_PLUGIN);
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().discover(List.of(plugins)));
        assertTrue(e.getMessage().contains("plugin 'old' (" + jar.toAbsolutePath().normalize() + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("API version 99"), e.getMessage());
    }
}
