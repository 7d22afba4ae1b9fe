package org.jaywalk.framework.spi;

import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Builds walks through the space-time graph of a clip's node embeddings. The building blocks every walk needs
 * (affinities, transition matrices with edge dropout, palindrome paths, matrix chains, targets) are in
 * {@code org.jaywalk.framework.spi.walk}.
 *
 * <p>Convention: a strategy {@linkplain GraphContext#expose exposes} each one-step transition matrix it builds,
 * {@code [B, N, N]} with rows the nodes of frame {@code from} and columns those of frame {@code to}, under
 * {@code transition/<from>-<to>} with frame indices in the clip: {@code transition/0-1} for a step forward from
 * frame 0 to frame 1, {@code transition/1-0} for the step back. A pair used by several walks is exposed once.
 * {@code FrameTransitions} of the walk package does this for every matrix it builds. The framework exposes
 * the embeddings a strategy gets ({@code embeddings} {@code [B, C, T, N]}), the clips they come from
 * ({@code clips}) and the walks it returns ({@code walk/<name>}, {@code target/<name>}); see
 * {@code org.jaywalk.framework.spi.train.GraphTaps}.
 *
 * <p>The framework checks the walks when it builds the graph: transitions must have the static shape
 * {@code [B, N, N]} (B the tower's batch, N the embeddings' nodes) and targets must be {@code [B*N]} int32; a
 * mismatch is a configuration error naming the walk, the strategy ({@code walk.type}) and its plugin.
 */
public interface WalkStrategy {

    /**
     * @param embeddings {@code [B, C, T, N]} L2-normalized node embeddings
     * @return the walks, each {@code [B, N, N]} with {@code [B*N]} targets
     */
    List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings);
}
