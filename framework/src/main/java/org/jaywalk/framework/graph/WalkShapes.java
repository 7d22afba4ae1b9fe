package org.jaywalk.framework.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.config.ConfigError;
import org.tensorflow.Operand;
import org.tensorflow.types.TInt32;

/**
 * The shapes a walk strategy's walks must have, checked when the graph is built so that a mismatch names the
 * walk and its strategy instead of surfacing as a shape error deep inside the loss.
 */
final class WalkShapes {

    private WalkShapes() {
    }

    /**
     * Every walk's transitions must have the static shape {@code [B, N, N]} and its targets must be {@code [B*N]}
     * int32.
     *
     * @param batch B, the tower's clips
     * @param nodes N, the embeddings' nodes per frame
     * @param strategy how the experiment names the walk strategy
     * @throws ConfigError naming the walk, the strategy, the expected and the actual shape
     */
    static void check(List<Walk> walks, long batch, long nodes, ComponentLabel strategy) {
        long[] transitions = {batch, nodes, nodes};
        long[] targets = {batch * nodes};
        for (Walk walk : walks) {
            long[] actual = walk.transitions().shape().asArray();
            if (!Arrays.equals(actual, transitions)) {
                throw mismatch(walk, strategy, "transitions", "[B, N, N] = " + Arrays.toString(transitions),
                        describe(walk.transitions()), batch, nodes);
            }
            long[] actualTargets = walk.targets().shape().asArray();
            boolean int32 = walk.targets().type() == TInt32.class;
            if (!int32 || !Arrays.equals(actualTargets, targets)) {
                throw mismatch(walk, strategy, "targets", "[B*N] = " + Arrays.toString(targets) + " int32",
                        describe(walk.targets()), batch, nodes);
            }
        }
    }

    private static ConfigError mismatch(Walk walk, ComponentLabel strategy, String part, String expected,
                                        String actual, long batch, long nodes) {
        return new ConfigError("walk '" + walk.name() + "' of " + strategy.describe() + ": its " + part
                + " must be " + expected + " (B = " + batch + " clips in the tower's batch, N = " + nodes
                + " nodes per frame of the embeddings), got " + actual);
    }

    /** {@code [2, 4, 5] float32}, unknown dimensions as -1. */
    private static String describe(Operand<?> tensor) {
        String shape = tensor.shape().isUnknown() ? "an unknown shape" : Arrays.toString(tensor.shape().asArray());
        return shape + " " + tensor.asOutput().dataType().name().replaceFirst("^DT_", "").toLowerCase(Locale.ROOT);
    }
}
