package org.jaywalk.plugins.visualize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.walk.WalkCrossEntropy;
import org.jaywalk.framework.spi.walk.WalkTargets;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The per-node cycle loss is each start node's -log P(back home), and its mean is the cycle-xent loss. */
class NodeCycleLossTest {

    @Test
    void eachNodesLossIsMinusLogItsReturnProbabilityAveragedOverWalks() {
        try (ComponentHarness h = ComponentHarness.inference()) {
            Operand<TInt32> home = WalkTargets.identity(h.tf(), 1, 2); // [B*N] = [0, 1]
            Walk sure = new Walk("a", h.constant(new long[] {1, 2, 2}, 1, 0, 0.5f, 0.5f), home);
            Walk unsure = new Walk("b", h.constant(new long[] {1, 2, 2}, 0.25f, 0.75f, 0.5f, 0.5f), home);
            Operand<TFloat32> perNode = NodeCycleLoss.of(h.tf(), List.of(sure, unsure));
            float[] values = h.values(perNode);
            // node 0: (-ln 1 - ln 1/4) / 2; node 1: (-ln 1/2 - ln 1/2) / 2
            assertArrayEquals(new float[] {(float) Math.log(4) / 2, (float) Math.log(2)}, values, 1e-6f);
            float loss = h.values(WalkCrossEntropy.meanOver(h.tf(), List.of(sure, unsure)).loss())[0];
            assertEquals(loss, (values[0] + values[1]) / 2, 1e-6f, "the mean over nodes is the loss");
        }
    }
}
