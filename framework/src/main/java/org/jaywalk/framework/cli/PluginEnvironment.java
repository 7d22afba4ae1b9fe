package org.jaywalk.framework.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginDiscovery;

/**
 * The plugins a command line sees: those on the class path, those in the installation's
 * {@code plugins/} folder and those in {@code --plugins} folders. Discovered once, on first use.
 */
public final class PluginEnvironment {

    /** System property naming the installation folder (set by the launcher script). */
    public static final String HOME_PROPERTY = "jaywalk.home";

    private final List<Path> extraFolders;
    private ComponentRegistry registry;

    public PluginEnvironment(List<Path> extraFolders) {
        this.extraFolders = List.copyOf(extraFolders);
    }

    /** The registry of every discovered plugin. */
    public synchronized ComponentRegistry registry() {
        if (registry == null) {
            registry = ComponentRegistry.build(new PluginDiscovery().discover(folders()));
        }
        return registry;
    }

    /** The installation's plugin folder, then the extra ones. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        installationPlugins().ifPresent(folders::add);
        folders.addAll(extraFolders);
        return folders;
    }

    /**
     * {@code plugins/} beside the launcher: under {@code -Djaywalk.home}, else beside the {@code lib/}
     * folder holding the framework jar.
     */
    static Optional<Path> installationPlugins() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null) {
            return Optional.of(Path.of(home, "plugins"));
        }
        try {
            Path code = Path.of(PluginEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = code.getParent();
            if (Files.isRegularFile(code) && lib != null && lib.getParent() != null) {
                return Optional.of(lib.getParent().resolve("plugins"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no file-system location: no installation folder
        }
        return Optional.empty();
    }
}
