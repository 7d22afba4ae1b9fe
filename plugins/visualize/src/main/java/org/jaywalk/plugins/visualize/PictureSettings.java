package org.jaywalk.plugins.visualize;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.train.Every;

/**
 * The settings of {@code crw-pictures}.
 *
 * @param every the logged steps ({@code every = 0}: none, and nothing is added to the graph)
 * @param clips how many clips of the batch are drawn (at most the batch; the histograms use every clip)
 * @param queries how many nodes of frame 0 the path view follows
 * @param png whether the pictures are also written as PNG files under {@code <run>/visualize/step-XXXXXXXX/}
 */
record PictureSettings(Every every, int clips, int queries, boolean png) {

    /** The keys of the block and their defaults. */
    static final String DEFAULTS = "every = 200, clips = 2, queries = 4, png = false";

    /** At most this many query nodes (the path view's palette). */
    static final int MAX_QUERIES = 8;

    static PictureSettings from(ComponentConfig config) {
        int queries = config.getIntAtLeast("queries", 0);
        if (queries > MAX_QUERIES) {
            throw config.error("queries", "must be at most " + MAX_QUERIES + ", got " + queries);
        }
        return new PictureSettings(Every.from(config), config.getIntAtLeast("clips", 1), queries,
                config.getBoolean("png"));
    }

    /** True when no step is logged. */
    boolean off() {
        return every.n() == 0;
    }
}
