package org.jaywalk.framework.spi.train;

/**
 * Observes a training run: the loop steps and notifies its listeners (as DJL's {@code TrainingListener},
 * Lightning's {@code Callback}, MMEngine's {@code Hook}). Progress, {@code metrics.jsonl}, TensorBoard scalars,
 * checkpoints, the divergence check and the end-of-run evaluation are built-in listeners; an experiment adds
 * its own in {@code listeners = [{ type = ..., every = N }]}. Every method has an empty default.
 *
 * <p>Order: {@link #onGraphBuilt} while the graph is built, {@link #onTrainStart}, then per step
 * {@link #fetchesAt} and {@link #afterStep} (with {@link #onCheckpoint} and {@link #onEpochEnd} when they
 * happen), then {@link #onTrainEnd}, {@link #onEvaluation} when the experiment evaluates, and {@link #close}
 * always, also after a failure.
 */
public interface TrainingListener extends AutoCloseable {

    /** While the training graph is built: read the tensors components exposed and add named fetches. */
    default void onGraphBuilt(GraphTaps taps) {
    }

    /** Before the first step this process runs (a fresh run, or a resumed one at its checkpoint's step). */
    default void onTrainStart(TrainingRun run) {
    }

    /** True when this listener's fetches ({@link GraphTaps#fetch}) should be computed in step {@code step}. */
    default boolean fetchesAt(long step, TrainingRun run) {
        return false;
    }

    /** After each step, with its loss, scalars and, when {@link #fetchesAt} said so, this listener's fetches. */
    default void afterStep(StepEvent step) {
    }

    /** After a checkpoint was written. */
    default void onCheckpoint(CheckpointEvent checkpoint) {
    }

    /** After the last step of an epoch. */
    default void onEpochEnd(EpochEvent epoch) {
    }

    /** After the last step and the final checkpoint. */
    default void onTrainEnd(TrainEndEvent end) {
    }

    /** After the end-of-run evaluation (experiments with an {@code evaluation} block). */
    default void onEvaluation(EvaluationEvent evaluation) {
    }

    /** Releases what the listener holds; called once, also when training failed. */
    @Override
    default void close() {
    }
}
