package org.jaywalk.plugins.video;

import java.nio.file.Path;

/**
 * One video of a dataset as its catalog lists it.
 *
 * @param key its path relative to the dataset's location, {@code /}-separated (absolute if listed so); the name
 *     used in the index, in reports and in batch metadata
 * @param path where it is
 * @param frameFolder whether it is a folder of JPEG frames rather than a video file
 */
record SourceVideo(String key, Path path, boolean frameFolder) {
}
