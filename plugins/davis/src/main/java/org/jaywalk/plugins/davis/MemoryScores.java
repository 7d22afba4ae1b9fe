package org.jaywalk.plugins.davis;

/**
 * What {@link AffinityGraph#memory} finds in the long-memory frame: the whole-frame top-k and, if asked for,
 * the stencil affinities.
 *
 * @param top the top-k keys of the whole frame per query
 * @param tiedBeyondTop per query, whether a key outside its top-k has the same affinity as its k-th key (a
 *                      stencil key among those could enter the final top-k through its copies)
 * @param stencil the stencil affinities, or {@code null} if they were not asked for
 */
public record MemoryScores(TopKeys top, boolean[] tiedBeyondTop, LocalScores stencil) {
}
