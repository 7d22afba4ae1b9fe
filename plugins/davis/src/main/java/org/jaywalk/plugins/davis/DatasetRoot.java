package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.function.Function;
import org.jaywalk.framework.spi.ComponentConfig;

/** Where an evaluator finds its dataset root: a folder, or a set it generates first (e.g. a synthetic one). */
@FunctionalInterface
public interface DatasetRoot {

    /** The root to evaluate on, prepared (e.g. generated) under the evaluation's output folder if needed. */
    Path prepare(Path outputDirectory);

    /** The value of a {@code root} key that selects a generated set. */
    String SYNTHETIC = "synthetic";

    /** An existing root. */
    static DatasetRoot at(Path root) {
        return out -> root;
    }

    /**
     * The {@code root} key of an evaluation block: a folder, or {@value #SYNTHETIC} for the set {@code synthetic} makes
     * from the block's {@code synthetic} settings; unset is an error saying what {@code root} must hold.
     */
    static DatasetRoot of(ComponentConfig config, String what, Function<ComponentConfig, DatasetRoot> synthetic) {
        if (config.isNull("root")) {
            throw config.error("root", "must name " + what + " or be \"" + SYNTHETIC + "\"");
        }
        String root = config.getString("root");
        return root.equals(SYNTHETIC) ? synthetic.apply(config) : at(Path.of(root));
    }
}
