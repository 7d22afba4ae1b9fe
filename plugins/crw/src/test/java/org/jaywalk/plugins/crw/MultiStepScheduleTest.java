package org.jaywalk.plugins.crw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MultiStepLR stepped per batch with milestones in epochs, as videowalk's train.py. */
class MultiStepScheduleTest {

    @Test
    void factorDropsAtEachMilestoneEpoch() {
        MultiStepSchedule s = new MultiStepSchedule(List.of(2, 3), 0.3);
        int perEpoch = 10;
        assertEquals(1.0, s.factor(0, perEpoch));
        assertEquals(1.0, s.factor(19, perEpoch));
        assertEquals(0.3, s.factor(20, perEpoch), 1e-12);
        assertEquals(0.3, s.factor(29, perEpoch), 1e-12);
        assertEquals(0.09, s.factor(30, perEpoch), 1e-12);
    }
}
