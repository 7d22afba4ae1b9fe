package org.jaywalk.framework.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.cli.JaywalkCli;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.testing.PluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {

    private static final String JAR_PLUGIN = """
            package ext;
            import org.jaywalk.framework.spi.*;
            public class ExtraPlugin implements JaywalkPlugin {
                public String name() { return "extra"; }
                public int apiVersion() { return API_VERSION; }
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
                public int apiVersion() { return 1; } // API_VERSION as the plugin's framework had it
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
                "walk", List.of("pair"), "loss", List.of("scaled", "xent"), "optimizer", List.of("sgd"),
                "schedule", List.of("constant"), "evaluator", List.of("fixed"), "listener", List.of("recorder")),
                info.registers());
        assertEquals(List.copyOf(info.registers().keySet()),
                ExtensionPoint.BUILT_IN.stream().map(ExtensionPoint::name).filter(info.registers()::containsKey).toList(),
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
        assertEquals("plugin 'old' (" + jar.toAbsolutePath().normalize() + ") was built for Jaywalk plugin API"
                + " version 1, but this Jaywalk implements version " + JaywalkPlugin.API_VERSION
                + ": rebuild the plugin against this Jaywalk, or remove it", e.getMessage());
    }

    /**
     * Jars compiled against an older SPI whose classes no longer link (a constructor that changed, an interface that
     * moved to a sub-package) fail in one line before their API version can be read, and so does the command line.
     */
    @Test
    void pluginCompiledAgainstAnOlderSpiThatNoLongerLinksIsOneLineAskingForARebuild() throws IOException {
        String oldBase = """
                package org.jaywalk.framework.spi;
                public abstract class Plugin implements JaywalkPlugin {
                    protected Plugin(String name) { }
                    public String name() { return "old"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() { return binder -> { }; }
                }
                """;
        String oldSubclass = """
                package ext;
                public class OldBase extends org.jaywalk.framework.spi.Plugin {
                    public OldBase() { super("old-base"); }
                }
                """;
        String movedInterface = """
                package org.jaywalk.framework.spi;
                public interface DatasetFactory { String defaults(); }
                """;
        String movedUser = """
                package ext;
                public class Moved implements org.jaywalk.framework.spi.JaywalkPlugin {
                    static class Data implements org.jaywalk.framework.spi.DatasetFactory {
                        public String defaults() { return ""; }
                    }
                    private final Object data = new Data();
                    public String name() { return "moved"; }
                    public int apiVersion() { return 1; }
                    public com.google.inject.Module module() { return binder -> { }; }
                }
                """;
        Map<Path, String> unlinked = Map.of(
                PluginJars.build(Files.createDirectories(dir.resolve("a")).resolve("old-base.jar"), Map.of("ext.OldBase", oldSubclass),
                        Map.of("org.jaywalk.framework.spi.Plugin", oldBase), "ext.OldBase"),
                "NoSuchMethodError: 'void org.jaywalk.framework.spi.Plugin.<init>(java.lang.String)'",
                PluginJars.build(Files.createDirectories(dir.resolve("b")).resolve("moved.jar"), Map.of("ext.Moved", movedUser),
                        Map.of("org.jaywalk.framework.spi.DatasetFactory", movedInterface), "ext.Moved"),
                "NoClassDefFoundError: org/jaywalk/framework/spi/DatasetFactory");
        unlinked.forEach((jar, symbol) -> {
            PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
            assertEquals("plugin jar " + jar.toAbsolutePath().normalize() + " was built for an older Jaywalk plugin"
                    + " API: it does not link against this Jaywalk, which implements API version "
                    + JaywalkPlugin.API_VERSION + " (" + symbol + "); rebuild the plugin against this Jaywalk, or"
                    + " remove it", e.getMessage());

            StringWriter err = new StringWriter();
            int code = JaywalkCli.run(new String[] {"plugins", "--plugins", jar.getParent().toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(2, code);
            assertEquals("error: " + e.getMessage(), err.toString().strip(), "one line, no stack trace");
        });
    }

    @Test
    void pluginCompiledAgainstAnApiWithoutVersionsIsRejected() throws IOException {
        String olderApi = """
                package org.jaywalk.framework.spi;
                public interface JaywalkPlugin {
                    String name();
                    default String version() { return "dev"; }
                    com.google.inject.Module module();
                }
                """;
        String legacy = """
                package ext;
                public class LegacyPlugin implements org.jaywalk.framework.spi.JaywalkPlugin {
                    public String name() { return "legacy"; }
                    public com.google.inject.Module module() { return binder -> { }; }
                }
                """;
        Path jar = PluginJars.build(dir.resolve("legacy.jar"), Map.of("ext.LegacyPlugin", legacy),
                Map.of("org.jaywalk.framework.spi.JaywalkPlugin", olderApi), "ext.LegacyPlugin");
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
        assertTrue(e.getMessage().contains("plugin 'legacy' (" + jar.toAbsolutePath().normalize() + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("was built for an older Jaywalk plugin API"), e.getMessage());
        assertTrue(e.getMessage().contains("rebuild the plugin against this Jaywalk"), e.getMessage());
    }

    @Test
    void jarWithoutServiceEntryIsAnErrorNamingTheJar() throws IOException {
        Path jar = PluginJars.build(dir.resolve("classes-only.jar"), Map.of("ext.ExtraPlugin", JAR_PLUGIN), Map.of(), null);
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
        assertEquals("plugin jar " + jar.toAbsolutePath().normalize() + " holds no Jaywalk plugin: it has no "
                + PluginDiscovery.SERVICE_FILE + " entry naming a class that implements "
                + "org.jaywalk.framework.spi.JaywalkPlugin; add that file to the jar, or remove the jar from the plugin folder",
                e.getMessage());
    }

    @Test
    void pluginThatCannotBeInstantiatedNamesJarClassAndCause() throws IOException {
        String failing = """
                package ext;
                public class FailingPlugin implements org.jaywalk.framework.spi.JaywalkPlugin {
                    public FailingPlugin() { throw new IllegalStateException("needs a GPU"); }
                    public String name() { return "failing"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() { return binder -> { }; }
                }
                """;
        Path jar = PluginJars.build(dir.resolve("failing.jar"), "ext.FailingPlugin", failing);
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
        assertTrue(e.getMessage().startsWith("cannot load a plugin from " + jar.toAbsolutePath().normalize() + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains("ext.FailingPlugin could not be instantiated"), e.getMessage());
        assertTrue(e.getMessage().contains("IllegalStateException: needs a GPU"), e.getMessage());
    }

    @Test
    void serviceEntryNamingAMissingClassIsAnError() throws IOException {
        Path jar = PluginJars.build(dir.resolve("typo.jar"), Map.of("ext.ExtraPlugin", JAR_PLUGIN), Map.of(), "ext.ExtraPlugn");
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
        assertTrue(e.getMessage().contains(jar.toAbsolutePath().normalize().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ext.ExtraPlugn not found"), e.getMessage());
    }

    @Test
    void unreadableJarIsAnErrorNamingIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        PluginError e = assertThrows(PluginError.class, () -> new PluginDiscovery().fromJar(jar));
        assertTrue(e.getMessage().startsWith("plugin jar " + jar.toAbsolutePath().normalize() + " cannot be read as a jar"),
                e.getMessage());
    }

    @Test
    void twoJarsRegisteringOneNameAreAnErrorUnlessTheExperimentPrefersOne() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path half = PluginJars.build(plugins.resolve("half.jar"), "ext.Half", scalingPlugin("Half", "half", 0.5));
        Path quarter = PluginJars.build(plugins.resolve("quarter.jar"), "ext.Quarter", scalingPlugin("Quarter", "quarter", 0.25));
        List<DiscoveredPlugin> found = new PluginDiscovery().discover(List.of(plugins));

        PluginError e = assertThrows(PluginError.class, () -> ComponentRegistry.build(found));
        assertEquals("the schedule 'scaled' is registered by 2 plugins: plugin 'half' (" + half.toAbsolutePath().normalize()
                + ") and plugin 'quarter' (" + quarter.toAbsolutePath().normalize() + "); remove all but one, or choose one"
                + " in the experiment with plugins.prefer.schedule.scaled = half", e.getMessage());

        ComponentRegistry preferred = ComponentRegistry.build(found,
                PluginPreferences.of(Map.of("schedule", Map.of("scaled", "quarter"))));
        assertEquals(0.25, preferred.factory(ExtensionPoint.SCHEDULE, "scaled").create(null).factor(0, 1));
        assertEquals("quarter", preferred.provider(ExtensionPoint.SCHEDULE, "scaled").name());
        assertEquals(0.5, ComponentRegistry.build(found, PluginPreferences.of(Map.of("schedule", Map.of("scaled", "half"))))
                .factory(ExtensionPoint.SCHEDULE, "scaled").create(null).factor(0, 1));

        ComponentRegistry listing = ComponentRegistry.survey(found, PluginPreferences.none());
        assertEquals(List.of("half", "quarter"), listing.conflicts().get(0).plugins().stream().map(PluginInfo::name).toList());
        assertThrows(PluginError.class, () -> listing.factory(ExtensionPoint.SCHEDULE, "scaled"));

        PluginError wrong = assertThrows(PluginError.class, () -> ComponentRegistry.build(found,
                PluginPreferences.of(Map.of("schedule", Map.of("scaled", "test")))));
        assertTrue(wrong.getMessage().startsWith("plugins.prefer.schedule.scaled = test, but the schedule 'scaled' is"
                + " registered only by plugin 'half'"), wrong.getMessage());
    }

    /** A plugin registering the schedule {@code scaled} with a constant factor. */
    private static String scalingPlugin(String className, String name, double factor) {
        return """
                package ext;
                import org.jaywalk.framework.spi.*;
                public class %s implements JaywalkPlugin {
                    public String name() { return "%s"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() {
                        return new PluginModule() {
                            protected void configureComponents() {
                                register(ExtensionPoint.SCHEDULE, "scaled", new ScheduleFactory() {
                                    public String defaults() { return ""; }
                                    public LearningRateSchedule create(ComponentConfig c) { return (s, n) -> %s; }
                                });
                            }
                        };
                    }
                }
                """.formatted(className, name, factor);
    }
}
