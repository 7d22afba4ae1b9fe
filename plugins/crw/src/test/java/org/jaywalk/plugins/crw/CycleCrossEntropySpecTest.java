package org.jaywalk.plugins.crw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * videowalk's loss ({@code loss.type = cycle-xent}) on walks written out by hand: each row of a walk is where a
 * walker from that row's node ends; its cross-entropy is {@code -ln P(target)}, averaged over the rows of the
 * walk, and the loss is the mean over walks. Accuracy counts the rows whose most likely end is the target.
 */
class CycleCrossEntropySpecTest {

    private static final float EXACT = 1e-6f;

    @Test
    void aWalksCrossEntropyIsTheMeanOfMinusLogTheTargetsProbability() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // both rows should end at node 0: row 0 does with 3/4, row 1 with 1/4
            Walk walk = walk(h, "w", new int[] {0, 0}, new float[] {3 / 4f, 1 / 4f}, new float[] {1 / 4f, 3 / 4f});
            Map<String, Float> v = run(h, List.of(walk));
            // (-ln 3/4 - ln 1/4) / 2 = ln(16/3) / 2 = 0.837; row 1's most likely end is node 1: accuracy 1/2
            assertEquals(Math.log(16 / 3.0) / 2, v.get("xent_w"), EXACT);
            assertEquals(0.5f, v.get("acc_w"));
            assertEquals(v.get("xent_w"), v.get("loss"));
        }
    }

    @Test
    void theLossIsTheMeanOverWalks() {
        try (ComponentHarness h = ComponentHarness.training()) {
            Walk half = walk(h, "half", new int[] {0, 1}, new float[] {1 / 2f, 1 / 2f}, new float[] {1 / 2f, 1 / 2f});
            Walk sure = walk(h, "sure", new int[] {0, 1}, new float[] {1, 0}, new float[] {0, 1});
            Map<String, Float> v = run(h, List.of(half, sure));
            // ln 2 for the undecided walk, 0 for the certain one (log-softmax of [ln 1, ln 1e-20] is [-1e-20, ...])
            assertEquals(Math.log(2), v.get("xent_half"), EXACT);
            assertEquals(0, v.get("xent_sure"), EXACT);
            assertEquals(1f, v.get("acc_sure"));
            assertEquals(Math.log(2) / 2, v.get("loss"), EXACT);
        }
    }

    @Test
    void anImpossibleTargetCostsFortySixNatsNotInfinity() {
        try (ComponentHarness h = ComponentHarness.training()) {
            // row 0 reaches its target with probability 0, taken as 1e-20 (the reference's EPS): -ln 1e-20 =
            // 20 ln 10 = 46.05; row 1 is sure of its target and costs 0; the walk's mean is 23.03
            Walk lost = walk(h, "lost", new int[] {1, 1}, new float[] {1, 0}, new float[] {0, 1});
            Map<String, Float> v = run(h, List.of(lost));
            assertEquals(20 * Math.log(10) / 2, v.get("xent_lost"), 1e-4);
            assertEquals(0.5f, v.get("acc_lost"));
        }
    }

    /** A walk of one clip with the given rows and targets. */
    private static Walk walk(ComponentHarness h, String name, int[] targets, float[]... rows) {
        Operand<TInt32> t = h.tf().constant(targets);
        return new Walk(name, TinyClips.matrix(h, rows), t);
    }

    /** The loss and every diagnostic of {@code cycle-xent} on {@code walks}. */
    private static Map<String, Float> run(ComponentHarness h, List<Walk> walks) {
        Loss loss = h.create(new CycleCrossEntropyFactory(), "");
        LossOutput out = loss.compute(h.context(), walks);
        Map<String, Operand<TFloat32>> fetches = new LinkedHashMap<>(out.diagnostics());
        fetches.put("loss", out.loss());
        Map<String, Float> values = new LinkedHashMap<>();
        h.evaluate(fetches).forEach((name, value) -> values.put(name, value.values()[0]));
        return values;
    }
}
