package org.jaywalk.plugins.video;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * torchvision's {@code RandomClipSampler}: each epoch takes up to {@code clipsPerVideo} distinct random clips of
 * every video ({@code randperm(len)[:k]}), then shuffles all of them together. An epoch has
 * {@code sum(min(clips, clipsPerVideo))} clips; its order is a pure function of {@code (seed, epoch)}.
 * Thread-safe; the last epochs' orders are kept.
 */
final class RandomClipSampler {

    private static final long STREAM = Seeds.tag("SAMPLER");
    private static final int KEPT_EPOCHS = 2;

    private final VideoClips clips;
    private final int clipsPerVideo;
    private final long seed;
    private final int epochSize;
    private final int[] keptEpochs = new int[KEPT_EPOCHS];
    private final int[][] keptOrders = new int[KEPT_EPOCHS][];
    private int nextSlot;

    RandomClipSampler(VideoClips clips, int clipsPerVideo, long seed) {
        this.clips = clips;
        this.clipsPerVideo = clipsPerVideo;
        this.seed = seed;
        int size = 0;
        for (int v = 0; v < clips.videos(); v++) {
            size += Math.min(clips.clips(v), clipsPerVideo);
        }
        this.epochSize = size;
    }

    /** Clips in every epoch. */
    int epochSize() {
        return epochSize;
    }

    /** The global clip index (see {@link VideoClips#locate}) at {@code position} of {@code epoch}'s order. */
    int clipAt(int epoch, int position) {
        return order(epoch)[position];
    }

    /** The whole order of {@code epoch}: global clip indices, {@code [epochSize]}. Do not modify. */
    synchronized int[] order(int epoch) {
        for (int slot = 0; slot < KEPT_EPOCHS; slot++) {
            if (keptOrders[slot] != null && keptEpochs[slot] == epoch) {
                return keptOrders[slot];
            }
        }
        int[] order = draw(epoch);
        keptEpochs[nextSlot] = epoch;
        keptOrders[nextSlot] = order;
        nextSlot = (nextSlot + 1) % KEPT_EPOCHS;
        return order;
    }

    private int[] draw(int epoch) {
        SplittableRandom rng = Seeds.random(seed, STREAM, epoch);
        int[] order = new int[epochSize];
        int filled = 0;
        int first = 0;
        for (int v = 0; v < clips.videos(); v++) {
            int length = clips.clips(v);
            int take = Math.min(length, clipsPerVideo);
            int[] permutation = new int[length];
            for (int i = 0; i < length; i++) {
                permutation[i] = i;
            }
            for (int i = 0; i < take; i++) { // the first `take` steps of a Fisher-Yates shuffle
                swap(permutation, i, i + rng.nextInt(length - i));
                order[filled++] = first + permutation[i];
            }
            first += length;
        }
        for (int i = order.length - 1; i > 0; i--) {
            swap(order, i, rng.nextInt(i + 1));
        }
        return order;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
