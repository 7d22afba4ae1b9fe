package org.jaywalk.framework.sweep;

/**
 * A point handed to a launcher.
 *
 * @param point the point's name
 * @param threadsUnset true when its experiment leaves {@code train.intra-op-threads} and
 *     {@code train.inter-op-threads} at 0 (TensorFlow's default), so the launcher may split the cores
 */
public record PointTask(String point, boolean threadsUnset) {
}
