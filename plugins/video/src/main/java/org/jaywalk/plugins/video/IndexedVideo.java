package org.jaywalk.plugins.video;

/** A video the index could read, with what it read. */
record IndexedVideo(SourceVideo source, FileStamp stamp, VideoMetadata metadata) implements IndexEntry {
}
