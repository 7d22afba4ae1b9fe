package org.jaywalk.framework.spi.train;

import java.nio.file.Path;
import org.jaywalk.framework.spi.config.Experiment;

/**
 * The run a listener observes: its folder, its resolved experiment, where it starts and ends, and the run's
 * TensorBoard writer.
 *
 * @param folder the run folder ({@code runs/<experiment>/<timestamp>}; each sweep point has its own)
 * @param experiment the resolved experiment
 * @param firstStep the step this process starts at (0, or the resumed checkpoint's step)
 * @param totalSteps the step training ends at (exclusive)
 * @param batchesPerEpoch steps per epoch
 * @param batchSize clips per step
 * @param tensorBoard writes summaries into the run folder's TensorBoard event file
 */
public record TrainingRun(Path folder, Experiment experiment, long firstStep, long totalSteps, int batchesPerEpoch,
                          int batchSize, TensorBoard tensorBoard) {
}
