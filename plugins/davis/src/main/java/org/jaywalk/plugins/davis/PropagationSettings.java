package org.jaywalk.plugins.davis;

/**
 * The knobs of videowalk's label propagation ({@code code/test.py}); the defaults are its README's DAVIS command.
 *
 * @param contextLength {@code videoLen}: short-term context frames (the sequence is padded in front with this
 *                      many copies of frame 0)
 * @param topK {@code topk}: keys kept per query
 * @param radius {@code radius}: a short-term key is used only if its distance (in feature cells) to the query
 *               is strictly below this
 * @param temperature {@code temperature}: affinities are divided by it before the softmax
 */
public record PropagationSettings(int contextLength, int topK, double radius, double temperature) {

    /** {@code videoLen 20, topk 10, radius 12, temperature 0.05}. */
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
    }
}
