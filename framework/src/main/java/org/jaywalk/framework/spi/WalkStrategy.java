package org.jaywalk.framework.spi;

import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Builds walks through the space-time graph of a clip's node embeddings. */
public interface WalkStrategy {

    /**
     * @param embeddings {@code [B, C, T, N]} L2-normalized node embeddings
     * @return the walks, each {@code [B, N, N]} with {@code [B*N]} targets
     */
    List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings);
}
