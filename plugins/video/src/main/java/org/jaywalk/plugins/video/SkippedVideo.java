package org.jaywalk.plugins.video;

/**
 * A video the index could not read, with why; it stays skipped until it changes.
 *
 * @param stamp its stamp when it failed, or null if it could not even be stamped (e.g. missing) or failed for want
 *              of permission: such skips are not cached, so they are tried again at the next indexing
 */
record SkippedVideo(SourceVideo source, FileStamp stamp, String reason) implements IndexEntry {
}
