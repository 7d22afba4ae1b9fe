package org.jaywalk.plugins.davis;

/**
 * The affinities of every query with its stencil keys in one context frame, offered to a
 * {@link CandidateTable} in stencil order per query (keys outside the frame are skipped).
 */
public abstract sealed class LocalScores permits QueryMajorScores, TileScores {

    LocalScores() {
    }

    /** Offers every in-frame stencil key once per context slot of {@code slots} (in that order). */
    abstract void offerTo(CandidateTable table, int[] slots);

    /** {@link #offerTo} for the queries {@code q} with {@code only[q]}. */
    void offerTo(CandidateTable table, int[] slots, boolean[] only) {
        throw new UnsupportedOperationException("these scores are offered for all queries at once");
    }
}
