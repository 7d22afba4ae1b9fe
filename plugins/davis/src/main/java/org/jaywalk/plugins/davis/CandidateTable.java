package org.jaywalk.plugins.davis;

import java.util.Arrays;

/**
 * The best {@code k} candidate keys seen so far for every query of a frame, kept sorted by affinity (best
 * first). A candidate offered with an affinity equal to a kept one goes after it, so ties keep the order in
 * which candidates are offered. Affinities are doubles: float32 ones widened exactly (same order and ties), or
 * float64 ones in the float64 proof ({@link PropagationPrecision}). Queries are independent: different queries
 * may be offered concurrently.
 */
final class CandidateTable {

    private final int k;
    private final double[] values;
    private final int[] slots;
    private final int[] cells;
    private final int[] sizes;
    private final double[] floor;

    CandidateTable(int queries, int k) {
        this.k = k;
        this.values = new double[queries * k];
        this.slots = new int[queries * k];
        this.cells = new int[queries * k];
        this.sizes = new int[queries];
        this.floor = new double[queries];
        Arrays.fill(floor, Double.NEGATIVE_INFINITY);
    }

    /**
     * Whether an affinity would enter query {@code q}'s list (cheap pre-check before building a candidate):
     * any finite affinity while the list is not full, then only one above the last kept.
     */
    boolean accepts(int q, double value) {
        return value > floor[q];
    }

    /**
     * The affinity an offer to query {@code q} must exceed ({@link #accepts}); it rises only when {@code q} is
     * offered a candidate, so a scan of one query's keys can hold it in a local and re-read it after each offer.
     */
    double floor(int q) {
        return floor[q];
    }

    /** Offers key {@code cell} of context slot {@code slot} with affinity {@code value} to query {@code q}. */
    void offer(int q, double value, int slot, int cell) {
        if (!accepts(q, value)) {
            return;
        }
        int base = q * k;
        int size = sizes[q];
        int i = Math.min(size, k - 1);
        while (i > 0 && values[base + i - 1] < value) {
            values[base + i] = values[base + i - 1];
            slots[base + i] = slots[base + i - 1];
            cells[base + i] = cells[base + i - 1];
            i--;
        }
        values[base + i] = value;
        slots[base + i] = slot;
        cells[base + i] = cell;
        sizes[q] = Math.min(size + 1, k);
        if (sizes[q] == k) {
            floor[q] = values[base + k - 1];
        }
    }

    /** Number of candidates kept for query {@code q}. */
    int size(int q) {
        return sizes[q];
    }

    double value(int q, int i) {
        return values[q * k + i];
    }

    int slot(int q, int i) {
        return slots[q * k + i];
    }

    int cell(int q, int i) {
        return cells[q * k + i];
    }

    /** The kept candidates as a {@link KeySelection}, with weights {@code softmax(affinity / temperature)}. */
    KeySelection selection(double temperature) {
        int queries = sizes.length;
        double[] weights = new double[queries * k];
        for (int q = 0; q < queries; q++) {
            if (sizes[q] != k) {
                throw new IllegalStateException("query " + q + " has " + sizes[q] + " candidates, expected " + k);
            }
            double best = values[q * k];
            double sum = 0;
            for (int i = 0; i < k; i++) {
                weights[q * k + i] = Math.exp((values[q * k + i] - best) / temperature);
                sum += weights[q * k + i];
            }
            for (int i = 0; i < k; i++) {
                weights[q * k + i] /= sum;
            }
        }
        return new KeySelection(k, Arrays.copyOf(slots, slots.length), Arrays.copyOf(cells, cells.length), weights);
    }
}
