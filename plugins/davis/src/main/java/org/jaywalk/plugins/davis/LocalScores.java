package org.jaywalk.plugins.davis;

/**
 * The affinities of every query with its stencil keys in one context frame, offered to a
 * {@link CandidateTable} in stencil order per query (keys outside the frame are skipped).
 */
public abstract sealed class LocalScores permits QueryMajorScores, TileScores {

    LocalScores() {
    }

    /** Offers every in-frame stencil key {@code copies} times, as context slots {@code firstSlot, firstSlot+1, ...}. */
    abstract void offerTo(CandidateTable table, int firstSlot, int copies);

    /** {@link #offerTo} for the queries {@code q} with {@code only[q]}. */
    void offerTo(CandidateTable table, int firstSlot, int copies, boolean[] only) {
        throw new UnsupportedOperationException("these scores are offered for all queries at once");
    }
}
