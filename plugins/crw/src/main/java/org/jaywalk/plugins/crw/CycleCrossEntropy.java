package org.jaywalk.plugins.crw;

import java.util.List;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.walk.WalkCrossEntropy;

/**
 * videowalk's loss ({@code loss.type = cycle-xent}): the mean over walks of each walk's cross-entropy against
 * its targets, as {@link WalkCrossEntropy} computes it. Diagnostics {@code xent_<walk>} and {@code acc_<walk>}
 * (argmax accuracy).
 */
public final class CycleCrossEntropy implements Loss {

    @Override
    public LossOutput compute(GraphContext context, List<Walk> walks) {
        if (walks.isEmpty()) {
            throw new IllegalArgumentException("cycle-xent needs at least one walk; clips of T >= 3 frames give one");
        }
        return WalkCrossEntropy.meanOver(context.tf(), walks);
    }
}
