package org.jaywalk.framework.spi.train;

import java.nio.file.Path;

/**
 * A checkpoint was written.
 *
 * @param step the number of steps it holds (training resumes at this step)
 * @param file the checkpoint file
 * @param run the run
 */
public record CheckpointEvent(long step, Path file, TrainingRun run) {
}
