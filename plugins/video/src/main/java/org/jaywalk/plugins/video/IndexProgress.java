package org.jaywalk.plugins.video;

/** Progress of building a video index, for a progress bar. Called from the building thread. */
@FunctionalInterface
public interface IndexProgress {

    /** Nothing to report to. */
    IndexProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} videos are indexed (read from the cache or probed). */
    void update(int done, int total);
}
