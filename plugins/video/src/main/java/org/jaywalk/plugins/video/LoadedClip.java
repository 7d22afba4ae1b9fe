package org.jaywalk.plugins.video;

/**
 * One clip, decoded and augmented into its batch (see {@link ClipSlot}).
 *
 * @param video the key of its video
 * @param clip its number within the video
 * @param attempt 0 for the sampled clip, k for the k-th replacement after failures
 */
record LoadedClip(String video, int clip, int attempt) {
}
