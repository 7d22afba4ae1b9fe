package org.jaywalk.plugins.synthetic;

/**
 * What procedural videos look like.
 *
 * @param frameSize frame side in pixels
 * @param minObjects fewest moving objects per video
 * @param maxObjects most moving objects per video
 * @param minSpeed slowest object drift, pixels per video frame
 * @param maxSpeed fastest object drift, pixels per video frame
 */
record SceneSpec(int frameSize, int minObjects, int maxObjects, double minSpeed, double maxSpeed) {
}
