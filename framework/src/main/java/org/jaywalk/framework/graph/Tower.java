package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.GraphContext;
import java.util.List;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * One replica of the model on a slice of the batch: clips to embeddings to walks to loss. Exposes the clips, the
 * embeddings and the walks to listeners under the names {@link GraphTaps} reserves (the first tower's only).
 *
 * @param embeddings {@code [b, D, T, N]}
 * @param walks each {@code [b, N, N]} with {@code [b*N]} targets
 * @param loss the replica's loss and diagnostics
 */
record Tower(Operand<TFloat32> embeddings, List<Walk> walks, LossOutput loss) {

    /**
     * @param clips {@code [b, T, N*3, H, W]}
     * @throws org.jaywalk.framework.spi.config.ConfigError when a walk's transitions are not {@code [b, N, N]} or
     *     its targets not {@code [b*N]} int32 (N the embeddings' nodes)
     */
    static Tower build(GraphContext context, ModelComponents model, Operand<TFloat32> clips, ClipShape shape) {
        context.expose(GraphTaps.CLIPS, clips);
        Operand<TFloat32> embeddings = NodeGraph.embeddings(context, model.encoder(), model.head(), clips, shape);
        context.expose(GraphTaps.EMBEDDINGS, embeddings);
        List<Walk> walks = model.walk().walks(context, embeddings);
        WalkShapes.check(walks, shape.batchSize(), embeddings.shape().size(3), model.walkLabel());
        for (Walk walk : walks) {
            context.expose(GraphTaps.walk(walk.name()), walk.transitions());
            context.expose(GraphTaps.walkTargets(walk.name()), walk.targets());
        }
        return new Tower(embeddings, walks, model.loss().compute(context, walks));
    }
}
