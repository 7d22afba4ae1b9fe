package org.jaywalk.plugins.davis;

/**
 * The top-k affinities of each query with the keys of one frame, {@code [h*w, k]} query-major, best first; ties
 * keep the lower key index first. Values are float32 ones widened, or float64 in the float64 proof
 * ({@link PropagationPrecision}). {@code cells} holds each key's cell {@code y * w + x}.
 */
public record TopKeys(int k, double[] values, int[] cells) {

    /** Number of queries, {@code h * w}. */
    public int queries() {
        return cells.length / k;
    }
}
