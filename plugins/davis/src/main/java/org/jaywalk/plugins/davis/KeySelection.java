package org.jaywalk.plugins.davis;

/**
 * The keys each query of one frame draws its label from: for query {@code q} and rank {@code i < k} (best
 * first), entry {@code q * k + i} gives the context slot (0 = the long-memory frame, {@code 1 + j} = the j-th
 * short-term frame of the padded sequence), the key's cell {@code y * w + x}, and its softmax weight. The
 * reference's flat key index is {@code slot * h * w + cell}.
 */
public record KeySelection(int k, int[] slots, int[] cells, double[] weights) {

    /** The reference's flat key index of rank {@code i} of query {@code q}. */
    public int flatIndex(int q, int i, int cellsPerFrame) {
        return slots[q * k + i] * cellsPerFrame + cells[q * k + i];
    }
}
