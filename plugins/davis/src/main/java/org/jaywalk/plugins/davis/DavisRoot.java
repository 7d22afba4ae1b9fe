package org.jaywalk.plugins.davis;

import java.nio.file.Path;

/** Where the {@code davis} evaluator finds its DAVIS-2017 root: a folder, or a set it generates first. */
@FunctionalInterface
interface DavisRoot {

    /** The root to evaluate on, prepared (e.g. generated) under the evaluation's output folder if needed. */
    Path prepare(Path outputDirectory);

    /** An existing root. */
    static DavisRoot at(Path root) {
        return out -> root;
    }
}
