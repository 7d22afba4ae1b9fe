package org.jaywalk.plugins.video;

/**
 * One clip, decoded and augmented.
 *
 * @param video the key of its video
 * @param clip its number within the video
 * @param attempt 0 for the sampled clip, k for the k-th replacement after failures
 * @param data {@code [T, N*3, P, P]}, normalized
 */
record LoadedClip(String video, int clip, int attempt, float[] data) {
}
