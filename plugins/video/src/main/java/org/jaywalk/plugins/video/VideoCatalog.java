package org.jaywalk.plugins.video;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Lists a dataset's videos in a fixed order: one implementation per dataset layout. */
interface VideoCatalog {

    /** The dataset type ({@code kinetics}, ...), part of the index cache's identity. */
    String kind();

    /** The dataset's location (its root folder or list file), absolute: the other part of the cache's identity. */
    Path location();

    /** The videos, sorted; missing entries of a list are listed too and fail later, when stamped. */
    List<SourceVideo> list() throws IOException;

    /** {@code file}'s key: its path relative to {@code root}, {@code /}-separated. */
    static String keyOf(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }
}
