package org.jaywalk.framework.graph;

import java.util.List;

/**
 * What one run of a {@link TrainingGraph} should do.
 *
 * @param learningRate the learning rate for this step (already scheduled)
 * @param seed the experiment seed
 * @param step the global step, 0-based (with the seed, it fixes every random draw of the step)
 * @param applyUpdates run the optimizer update
 * @param updateState run state updates such as batch-norm running statistics
 * @param probes extra named outputs to fetch (see {@link TrainingGraph#probeNames()})
 */
public record StepRequest(double learningRate, long seed, long step, boolean applyUpdates, boolean updateState,
                          List<String> probes) {

    public StepRequest {
        probes = List.copyOf(probes);
    }

    /** A normal training step fetching only loss and diagnostics. */
    public static StepRequest train(double learningRate, long seed, long step) {
        return new StepRequest(learningRate, seed, step, true, true, List.of());
    }

    /** The same step, fetching {@code names} too. */
    public StepRequest withProbes(List<String> names) {
        return new StepRequest(learningRate, seed, step, applyUpdates, updateState, names);
    }
}
