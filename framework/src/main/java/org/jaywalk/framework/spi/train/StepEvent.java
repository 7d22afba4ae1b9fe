package org.jaywalk.framework.spi.train;

import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * One finished training step.
 *
 * @param step the global step, 0-based
 * @param epoch the step's epoch
 * @param loss the loss before the update
 * @param learningRate the scheduled learning rate used
 * @param scalars the loss's diagnostics and every scalar components reported, by name
 * @param fetched this listener's fetches when it asked for them in this step, else empty
 * @param run the run
 */
public record StepEvent(long step, int epoch, double loss, double learningRate, Map<String, Double> scalars,
                        Map<String, HostArray> fetched, TrainingRun run) {

    public StepEvent {
        scalars = Map.copyOf(scalars);
        fetched = Map.copyOf(fetched);
    }

    /** True when this is the last step of the run. */
    public boolean last() {
        return step == run.totalSteps() - 1;
    }
}
