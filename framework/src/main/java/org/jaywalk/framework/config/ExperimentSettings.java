package org.jaywalk.framework.config;

import java.nio.file.Path;
import java.util.Optional;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * The {@code experiment} block: what the experiment is called, where its runs go and its seed.
 *
 * @param name the experiment's name (defaults to its file name)
 * @param outputDir the folder holding {@code <name>/<run>} folders
 * @param seed fixes initialization, data order and every random draw
 * @param runName the run folder's name, or empty for a timestamp
 */
public record ExperimentSettings(String name, Path outputDir, long seed, Optional<String> runName) {

    static ExperimentSettings from(ComponentConfig block) {
        return new ExperimentSettings(folderName(block, "name"), Path.of(block.getString("output-dir")),
                block.getLong("seed"),
                block.isNull("run-name") ? Optional.empty() : Optional.of(folderName(block, "run-name")));
    }

    /** A name that is one folder inside its parent: {@code ../../x} or {@code a/b} would write elsewhere. */
    private static String folderName(ComponentConfig block, String key) {
        String name = block.getString(key);
        if (name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            throw block.error(key, "must be a plain folder name (not empty, '.' or '..', without '/' or '\\'), got '"
                    + name + "'");
        }
        return name;
    }

    /** The folder holding this experiment's runs. */
    public Path runsFolder() {
        return outputDir.resolve(name);
    }
}
