package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class TowerLockstepTest {

    @Test
    void towersTakeTurnsAndEverySumSpansAllTowers() {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            TowerLockstep lockstep = new TowerLockstep(3, tf.math::addN);
            List<List<Operand<TFloat32>>> sums = lockstep.run(k -> {
                List<Operand<TFloat32>> seen = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    events.add(k + ":" + round);
                    seen.add(lockstep.reduction(k).sum(tf.constant((float) ((k + 1) * (round + 1)))));
                }
                events.add(k + ":end");
                return seen;
            });
            assertEquals(List.of("0:0", "1:0", "2:0", "0:1", "1:1", "2:1", "0:end", "1:end", "2:end"), events);
            try (Session s = new Session(g)) {
                for (List<Operand<TFloat32>> tower : sums) {
                    for (int round = 0; round < 2; round++) {
                        try (TFloat32 v = (TFloat32) s.runner().fetch(tower.get(round)).run().get(0)) {
                            assertEquals(6f * (round + 1), v.getFloat(), "round " + round);
                        }
                    }
                }
            }
            assertSame(sums.get(0).get(1), sums.get(2).get(1), "one sum per round, shared by every tower");
        }
    }

    @Test
    void towersThatDisagreeOnTheNumberOfSumsFailClearly() {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            TowerLockstep lockstep = new TowerLockstep(2, tf.math::addN);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> lockstep.run(k -> {
                for (int round = 0; round < 2 - k; round++) {
                    lockstep.reduction(k).sum(tf.constant(1f));
                }
                return k;
            }));
            assertTrue(e.getMessage().contains("replicas of one model"), e.getMessage());
        }
    }

    @Test
    void theFirstFailureOfAnyTowerIsRethrown() {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            TowerLockstep lockstep = new TowerLockstep(2, tf.math::addN);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lockstep.run(k -> {
                lockstep.reduction(k).sum(tf.constant(1f));
                if (k == 1) {
                    throw new IllegalArgumentException("bad layer in tower 1");
                }
                lockstep.reduction(k).sum(tf.constant(1f));
                return k;
            }));
            assertEquals("bad layer in tower 1", e.getMessage());
        }
    }
}
