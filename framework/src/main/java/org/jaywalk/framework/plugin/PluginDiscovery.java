package org.jaywalk.framework.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.JaywalkPlugin;

/**
 * Finds {@link JaywalkPlugin}s with {@link ServiceLoader}: on the class path, and in the {@code *.jar} files
 * directly inside plugin folders, each jar in its own class loader whose parent is the framework's. Checks
 * each plugin's API version and that plugin names are unique; every problem is a {@link PluginError} naming
 * the jar.
 */
public final class PluginDiscovery {

    /** The origin of plugins found on the class path. */
    public static final String CLASS_PATH = "class path";

    /** The service file a plugin jar lists its plugin classes in. */
    public static final String SERVICE_FILE = "META-INF/services/" + JaywalkPlugin.class.getName();

    /** How the class loader of a plugin jar is named ({@code "plugin jar <path>"}), so stack frames name the jar. */
    public static final String JAR_LOADER_PREFIX = "plugin jar ";

    private final ClassLoader frameworkLoader;

    public PluginDiscovery() {
        this(PluginDiscovery.class.getClassLoader());
    }

    /** @param frameworkLoader finds class-path plugins and is the parent of every plugin jar's loader */
    public PluginDiscovery(ClassLoader frameworkLoader) {
        this.frameworkLoader = frameworkLoader;
    }

    /** Class-path plugins, then those in {@code pluginFolders} (missing folders are skipped, repeated ones read once). */
    public List<DiscoveredPlugin> discover(List<Path> pluginFolders) {
        List<DiscoveredPlugin> found = new ArrayList<>(load(frameworkLoader, CLASS_PATH));
        for (Path folder : pluginFolders.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList()) {
            for (Path jar : jarsIn(folder)) {
                found.addAll(fromJar(jar));
            }
        }
        checkUniqueNames(found);
        return found;
    }

    /**
     * The plugins in one jar. The jar's class loader stays open for the life of the process.
     *
     * @throws PluginError when the jar cannot be read, lists no plugin in its service file, or a listed
     *     plugin cannot be loaded or was built for another API version
     */
    public List<DiscoveredPlugin> fromJar(Path jar) {
        String origin = jar.toAbsolutePath().normalize().toString();
        checkReadableJar(jar, origin);
        URLClassLoader loader = new URLClassLoader(JAR_LOADER_PREFIX + origin, new URL[] {toUrl(jar)}, frameworkLoader);
        List<DiscoveredPlugin> plugins = load(loader, origin);
        if (plugins.isEmpty()) {
            throw new PluginError("plugin jar " + origin + " holds no Jaywalk plugin: it has no " + SERVICE_FILE
                    + " entry naming a class that implements " + JaywalkPlugin.class.getName()
                    + "; add that file to the jar, or remove the jar from the plugin folder");
        }
        return plugins;
    }

    /** The {@code *.jar} files directly inside {@code folder}, sorted; none when it does not exist. */
    public static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + folder, e);
        }
    }

    private static List<DiscoveredPlugin> load(ClassLoader loader, String origin) {
        List<DiscoveredPlugin> plugins = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<JaywalkPlugin> provider : ServiceLoader.load(JaywalkPlugin.class, loader).stream().toList()) {
                if (ownsClass(loader, provider.type(), origin)) {
                    plugins.add(checked(new DiscoveredPlugin(provider.get(), origin)));
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            String source = CLASS_PATH.equals(origin) ? "a plugin on the class path" : "plugin jar " + origin;
            throw PluginFailures.frameworkLinkage(e).map(unlinked -> olderApi(source, unlinked)).orElseGet(() ->
                    new PluginError("cannot load a plugin from " + origin + ": " + PluginFailures.describe(e), e));
        }
        return plugins;
    }

    /** A jar's loader also sees the class-path plugins through its parent: keep only the jar's own. */
    private static boolean ownsClass(ClassLoader loader, Class<?> type, String origin) {
        return CLASS_PATH.equals(origin) || type.getClassLoader() == loader;
    }

    private static DiscoveredPlugin checked(DiscoveredPlugin found) {
        int version;
        try {
            version = found.plugin().apiVersion();
        } catch (AbstractMethodError e) {
            throw olderApi(found.describe(), e); // compiled before apiVersion() existed
        }
        if (version != JaywalkPlugin.API_VERSION) {
            throw new PluginError(found.describe() + " was built for Jaywalk plugin API version " + version
                    + ", but this Jaywalk implements version " + JaywalkPlugin.API_VERSION
                    + ": rebuild the plugin against this Jaywalk, or remove it");
        }
        return found;
    }

    /** {@code plugin} does not link against this framework's SPI: it was compiled against an older one. */
    private static PluginError olderApi(String plugin, LinkageError unlinked) {
        return new PluginError(plugin + " was built for an older Jaywalk plugin API: it does not link against this"
                + " Jaywalk, which implements API version " + JaywalkPlugin.API_VERSION + " ("
                + unlinked.getClass().getSimpleName() + ": " + unlinked.getMessage() + "); rebuild the plugin against this Jaywalk, or remove it",
                unlinked);
    }

    private static void checkReadableJar(Path jar, String origin) {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // readable
        } catch (IOException e) {
            throw new PluginError("plugin jar " + origin + " cannot be read as a jar (" + e.getMessage()
                    + "): copy it again or remove it from the plugin folder", e);
        }
    }

    private static void checkUniqueNames(List<DiscoveredPlugin> plugins) {
        Map<String, DiscoveredPlugin> byName = new HashMap<>();
        for (DiscoveredPlugin p : plugins) {
            DiscoveredPlugin other = byName.putIfAbsent(p.plugin().name(), p);
            if (other != null) {
                throw new PluginError("two plugins are named '" + p.plugin().name() + "': " + other.describe()
                        + " and " + p.describe() + "; remove one");
            }
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginError("bad plugin jar path " + jar, e);
        }
    }
}
