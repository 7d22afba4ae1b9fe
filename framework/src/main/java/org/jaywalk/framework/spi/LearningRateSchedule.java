package org.jaywalk.framework.spi;

/** Scales the optimizer's base learning rate over training; a pure function of the step. */
public interface LearningRateSchedule {

    /**
     * @param step global step (0-based) about to be taken
     * @param stepsPerEpoch batches per epoch
     * @return the factor applied to the base learning rate
     */
    double factor(long step, int stepsPerEpoch);
}
