/**
 * Building blocks of random walks on a clip's space-time graph and of their losses, as the Contrastive Random
 * Walk (videowalk, Jabri et al. 2020) computes them. A walk strategy goes from node embeddings
 * {@code [B, C, T, N]} to {@link org.jaywalk.framework.spi.walk.Affinities affinities} between frames, to
 * row-stochastic {@link org.jaywalk.framework.spi.walk.Transitions transition matrices} (with
 * {@link org.jaywalk.framework.spi.walk.EdgeDropout edge dropout}; {@link
 * org.jaywalk.framework.spi.walk.FrameTransitions} does all three for a clip), chains them along a path
 * ({@link org.jaywalk.framework.spi.walk.Palindrome}, {@link org.jaywalk.framework.spi.walk.MatrixChain}) and
 * names where each walk should end ({@link org.jaywalk.framework.spi.walk.WalkTargets}); a loss scores walks
 * with {@link org.jaywalk.framework.spi.walk.WalkCrossEntropy}.
 *
 * <p>Shapes: {@code B} clips, {@code C} embedding channels, {@code T} frames, {@code N} nodes per frame.
 */
package org.jaywalk.framework.spi.walk;
