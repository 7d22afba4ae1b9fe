package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Turns each node's feature map into one embedding vector. */
public interface Head {

    /**
     * Adds the head to the graph.
     *
     * @param nodeMaps {@code [B, T, N, h, w, C]}: the feature map of every node (h = w = 1 when the nodes
     *     are the cells of whole-frame maps)
     * @param channels C
     * @return embeddings {@code [B, D, T, N]}
     */
    Operand<TFloat32> embed(GraphContext context, Operand<TFloat32> nodeMaps, int channels);
}
