package org.jaywalk.framework.spi;

/** Registered by name to build learning-rate schedules. */
public interface ScheduleFactory extends ComponentFactory<LearningRateSchedule> {
}
