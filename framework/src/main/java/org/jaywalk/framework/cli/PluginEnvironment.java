package org.jaywalk.framework.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.DiscoveredPlugin;
import org.jaywalk.framework.plugin.PluginDiscovery;
import org.jaywalk.framework.plugin.PluginPreferences;
import org.jaywalk.framework.plugin.PluginSettings;

/**
 * The plugins a command line sees: those on the class path, those in the installation's
 * {@code plugins/} folder, those in {@code --plugins} folders and those in the experiment's
 * {@code plugins.folders}. Each folder set is discovered once.
 */
public final class PluginEnvironment {

    /** System property naming the installation folder (set by the launcher script). */
    public static final String HOME_PROPERTY = "jaywalk.home";

    private final List<Path> extraFolders;
    private final Map<List<Path>, List<DiscoveredPlugin>> discovered = new HashMap<>();
    private final Map<PluginSettings, ComponentRegistry> registries = new HashMap<>();
    private ComponentRegistry survey;

    public PluginEnvironment(List<Path> extraFolders) {
        this.extraFolders = List.copyOf(extraFolders);
    }

    /**
     * Every plugin of the installation and the {@code --plugins} folders, for listings and contributed
     * subcommands: names several plugins register are listed as {@link ComponentRegistry#conflicts()}.
     */
    public synchronized ComponentRegistry registry() {
        if (survey == null) {
            survey = ComponentRegistry.survey(plugins(folders()), PluginPreferences.none());
        }
        return survey;
    }

    /**
     * The plugins an experiment uses: also those of its {@code plugins.folders}, with its preferences.
     *
     * @throws org.jaywalk.framework.plugin.PluginError when a name is registered by several plugins and the
     *     experiment does not say which wins
     */
    public synchronized ComponentRegistry registry(PluginSettings settings) {
        ComponentRegistry registry = registries.get(settings);
        if (registry == null) {
            registry = ComponentRegistry.build(plugins(folders(settings)), settings.preferences());
            registries.put(settings, registry);
        }
        return registry;
    }

    /** The {@code --plugins} folders given on the command line. */
    public List<Path> commandLineFolders() {
        return extraFolders;
    }

    /** The installation's plugin folder, then the extra ones. */
    public List<Path> folders() {
        return folders(PluginSettings.none());
    }

    /** The installation's plugin folder, the {@code --plugins} folders, then the experiment's. */
    public List<Path> folders(PluginSettings settings) {
        List<Path> folders = new ArrayList<>();
        installationPlugins().ifPresent(folders::add);
        folders.addAll(extraFolders);
        folders.addAll(settings.folders());
        return folders;
    }

    private List<DiscoveredPlugin> plugins(List<Path> folders) {
        return discovered.computeIfAbsent(folders, f -> new PluginDiscovery().discover(f));
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
