package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.LearningRateSchedule;
import org.jaywalk.framework.spi.ScheduleFactory;

/** {@code schedule.type = constant}: the optimizer's learning rate throughout. */
final class ConstantScheduleFactory implements ScheduleFactory {

    @Override
    public String defaults() {
        return "";
    }

    @Override
    public LearningRateSchedule create(ComponentConfig c) {
        return (step, stepsPerEpoch) -> 1.0;
    }
}
