package org.jaywalk.framework.spi.train;

/**
 * An epoch ended.
 *
 * @param epoch the epoch that ended, 0-based
 * @param step the last step of that epoch
 * @param run the run
 */
public record EpochEvent(int epoch, long step, TrainingRun run) {
}
