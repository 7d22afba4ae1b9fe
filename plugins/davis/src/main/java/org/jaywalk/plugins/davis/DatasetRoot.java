package org.jaywalk.plugins.davis;

import java.nio.file.Path;

/** Where an evaluator finds its dataset root: a folder, or a set it generates first (e.g. a synthetic one). */
@FunctionalInterface
public interface DatasetRoot {

    /** The root to evaluate on, prepared (e.g. generated) under the evaluation's output folder if needed. */
    Path prepare(Path outputDirectory);

    /** An existing root. */
    static DatasetRoot at(Path root) {
        return out -> root;
    }
}
