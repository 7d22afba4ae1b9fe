package org.jaywalk.framework.train;

import java.nio.file.Path;

/**
 * How a training run ended.
 *
 * @param runDir the run folder
 * @param steps global steps completed
 * @param lastLoss the loss of the last step taken in this process (NaN if none)
 */
public record TrainingReport(Path runDir, long steps, double lastLoss) {
}
