package org.jaywalk.framework.spi;

import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;

/** Scores walks against their targets. */
public interface Loss {

    /** @param walks each {@code [B, N, N]} with {@code [B*N]} targets */
    LossOutput compute(GraphContext context, List<Walk> walks);
}
