package org.jaywalk.framework.plugin;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * An experiment's {@code plugins} block: extra plugin folders ({@code plugins.folders}) and which plugin wins a
 * name several register ({@value PluginPreferences#KEY}). Read before the plugins are loaded.
 *
 * @param folders extra folders of plugin jars
 * @param preferences the plugin chosen for names several plugins register
 */
public record PluginSettings(List<Path> folders, PluginPreferences preferences) {

    private static final PluginSettings NONE = new PluginSettings(List.of(), PluginPreferences.none());

    public PluginSettings {
        folders = List.copyOf(folders);
    }

    /** No extra folders, no preferences. */
    public static PluginSettings none() {
        return NONE;
    }

    /** Reads the {@code plugins} block of an experiment (absent keys mean none). */
    public static PluginSettings from(Config experiment) {
        try {
            List<Path> folders = experiment.hasPath("plugins.folders")
                    ? experiment.getStringList("plugins.folders").stream().map(Path::of).toList() : List.of();
            return new PluginSettings(folders, experiment.hasPath(PluginPreferences.KEY)
                    ? preferences(experiment.getObject(PluginPreferences.KEY)) : PluginPreferences.none());
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
    }

    private static PluginPreferences preferences(ConfigObject prefer) {
        Map<String, Map<String, String>> winners = new LinkedHashMap<>();
        prefer.forEach((point, names) -> {
            if (!(names instanceof ConfigObject byName)) {
                throw invalid(point, names);
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            byName.forEach((name, plugin) -> {
                if (plugin.valueType() != ConfigValueType.STRING) {
                    throw invalid(point + "." + name, plugin);
                }
                chosen.put(name, (String) plugin.unwrapped());
            });
            winners.put(point, chosen);
        });
        return PluginPreferences.of(winners);
    }

    private static ConfigError invalid(String path, ConfigValue value) {
        return new ConfigError(PluginPreferences.KEY + "." + path + " [" + value.origin().description()
                + "] must look like " + PluginPreferences.KEY + " { <extension point> { <name> = <plugin name> } }");
    }
}
