package org.jaywalk.plugins.video;

/** What the index holds about one listed video: it was read ({@link IndexedVideo}) or skipped ({@link SkippedVideo}). */
sealed interface IndexEntry permits IndexedVideo, SkippedVideo {

    /** The video as its catalog lists it. */
    SourceVideo source();
}
