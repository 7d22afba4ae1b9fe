package org.jaywalk.plugins.video;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset's videos as indexed: those that could be read, in catalog order, and those skipped with the reason.
 *
 * @param cacheFile where the index is cached
 * @param probed how many videos were read for this index rather than taken from the cache
 */
record VideoIndex(VideoCatalog catalog, Path cacheFile, List<IndexedVideo> videos, List<SkippedVideo> skipped,
                  int probed) {

    VideoIndex {
        videos = List.copyOf(videos);
        skipped = List.copyOf(skipped);
    }

    /** One line about the skipped videos: their count and the first {@code shown} with their reasons. */
    String skippedSummary(int shown) {
        String first = skipped.stream().limit(shown).map(s -> s.source().key() + " (" + s.reason() + ")")
                .collect(Collectors.joining("; "));
        String more = skipped.size() > shown ? "; ... (all listed in " + cacheFile + ")" : "";
        return skipped.size() + " of " + (videos.size() + skipped.size()) + " videos in " + catalog.location()
                + " cannot be read and are skipped: " + first + more;
    }
}
