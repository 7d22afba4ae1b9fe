package org.jaywalk.framework.train;

/**
 * Where the training loop stands: the next step to take and the batch it trains on.
 *
 * @param step global step, 0-based (= steps completed)
 * @param epoch epoch of the next batch
 * @param index index of the next batch in its epoch
 */
public record LoopPosition(long step, int epoch, int index) {

    /** The beginning of training. */
    public static LoopPosition start() {
        return new LoopPosition(0, 0, 0);
    }

    /** The position after {@code steps} steps of {@code batchesPerEpoch} batches per epoch. */
    public static LoopPosition after(long steps, int batchesPerEpoch) {
        return new LoopPosition(steps, (int) (steps / batchesPerEpoch), (int) (steps % batchesPerEpoch));
    }

    /** The position after this step. */
    public LoopPosition next(int batchesPerEpoch) {
        return index + 1 < batchesPerEpoch ? new LoopPosition(step + 1, epoch, index + 1)
                : new LoopPosition(step + 1, epoch + 1, 0);
    }
}
