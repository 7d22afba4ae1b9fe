package org.jaywalk.framework.spi.train;

/**
 * Training ended normally.
 *
 * @param steps the number of steps the run now holds
 * @param lastLoss the loss of the last step (NaN when this process ran none)
 * @param run the run
 */
public record TrainEndEvent(long steps, double lastLoss, TrainingRun run) {
}
