package org.jaywalk.plugins.davis;

import java.util.List;

/**
 * The knobs of videowalk's label propagation ({@code code/test.py}); the defaults are its README's DAVIS command.
 *
 * @param contextLength {@code videoLen}: short-term context frames (the sequence is padded in front with this
 *                      many copies of frame 0)
 * @param topK {@code topk}: keys kept per query
 * @param radius {@code radius}: a short-term key is used only if its distance (in feature cells) to the query
 *               is strictly below this
 * @param temperature {@code temperature}: affinities are divided by it before the softmax
 * @param longMemory {@code --long-mem}: one long-memory slot per entry {@code m}, whose keys are all cells of a frame
 *                   (no radius): frame 0, or from target frame {@code videoLen + m + 1} on (for {@code m > 0}) frame
 *                   {@code m + 1} with its propagated labels ({@code test_utils.context_index_bank})
 * @param normalizeMasks {@code --norm_mask}: each frame's output labels are shifted and scaled per cell so that their
 *                       smallest channel is 0 and their largest 1 (0/0 gives NaN); as in the reference, frame 0's
 *                       long-memory labels are normalized too (test.py normalizes them in place), the labels fed
 *                       back from later frames are not
 */
public record PropagationSettings(int contextLength, int topK, double radius, double temperature,
                                  List<Integer> longMemory, boolean normalizeMasks) {

    /** {@code videoLen 20, topk 10, radius 12, temperature 0.05}, long memory {@code [0]}. */
    public static final PropagationSettings DAVIS = new PropagationSettings(20, 10, 12, 0.05);

    public PropagationSettings {
        if (contextLength < 0) {
            throw new IllegalArgumentException("context length (videoLen) must be at least 0, got " + contextLength);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topk must be at least 1, got " + topK);
        }
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive, got " + radius);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperature);
        }
        longMemory = List.copyOf(longMemory);
        if (longMemory.isEmpty() || longMemory.stream().anyMatch(m -> m < 0)) {
            throw new IllegalArgumentException("long memory (long-mem) must list at least one frame offset, each at "
                    + "least 0, got " + longMemory);
        }
        if (contextLength == 0 && longMemory.stream().anyMatch(m -> m > 0)) {
            throw new IllegalArgumentException("a long-memory offset above 0 needs a context (videoLen) of at least 1, got "
                    + longMemory + " with videoLen 0");
        }
    }

    /** videowalk's defaults for the rest: long memory {@code [0]} (frame 0), masks not normalized. */
    public PropagationSettings(int contextLength, int topK, double radius, double temperature) {
        this(contextLength, topK, radius, temperature, List.of(0), false);
    }

    /** Number of long-memory slots (they come first in the context, before the {@code videoLen} short-term ones). */
    public int longSlots() {
        return longMemory.size();
    }

    /**
     * The frame long-memory slot {@code slot} shows for target frame {@code t} (frames counted from 0 in the
     * unpadded sequence).
     */
    public int longMemoryFrame(int slot, int t) {
        int m = longMemory.get(slot);
        return m == 0 || t <= contextLength + m ? 0 : m + 1;
    }

    /** The frame short-term slot {@code s} ({@code 0 <= s < videoLen}) shows for target frame {@code t}. */
    public int shortTermFrame(int s, int t) {
        return Math.max(0, t - contextLength + s);
    }
}
