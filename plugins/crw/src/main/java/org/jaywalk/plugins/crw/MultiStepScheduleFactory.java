package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.LearningRateSchedule;
import org.jaywalk.framework.spi.ScheduleFactory;

/** {@code schedule.type = multistep}, with videowalk's defaults. */
final class MultiStepScheduleFactory implements ScheduleFactory {

    @Override
    public String defaults() {
        return """
                # epochs at which the learning rate is multiplied by gamma (videowalk --lr-milestones)
                milestones = [20, 30, 40]
                gamma = 0.3
                """;
    }

    @Override
    public LearningRateSchedule create(ComponentConfig c) {
        return new MultiStepSchedule(c.getIntList("milestones"), c.getDouble("gamma"));
    }
}
