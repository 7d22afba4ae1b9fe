package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.Head;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Pixels to nodes: reshapes a clip batch into frames for the encoder and its maps into per-node maps for
 * the head. With N > 1 each patch is a node; with N = 1 every cell of a frame's feature map is a node
 * (row-major over the map).
 */
public final class NodeGraph {

    private NodeGraph() {
    }

    /**
     * @param clips {@code [B, T, N*3, H, W]}
     * @return embeddings {@code [B, D, T, N']} with N' = N, or h*w when N = 1
     */
    public static Operand<TFloat32> embeddings(GraphContext context, Encoder encoder, Head head,
                                               Operand<TFloat32> clips, ClipShape s) {
        Ops tf = context.tf();
        int b = s.batchSize(), t = s.frames(), n = s.nodes(), hIn = s.height(), wIn = s.width();
        // [B, T, N, 3, H, W] -> [B, N, T, H, W, 3] -> [B*N*T, H, W, 3]
        Operand<TFloat32> frames = tf.reshape(
                tf.linalg.transpose(tf.reshape(clips, tf.constant(new long[] {b, t, n, 3, hIn, wIn})),
                        tf.constant(new int[] {0, 2, 1, 4, 5, 3})),
                tf.constant(new long[] {(long) b * n * t, hIn, wIn, 3}));
        Operand<TFloat32> maps = encoder.encode(context, frames); // [B*N*T, h, w, C]
        int h = encoder.outputSize(hIn), w = encoder.outputSize(wIn), c = encoder.channels();
        Operand<TFloat32> nodeMaps;
        if (n > 1) {
            // [B, N, T, h, w, C] -> [B, T, N, h, w, C]
            nodeMaps = tf.linalg.transpose(tf.reshape(maps, tf.constant(new long[] {b, n, t, h, w, c})),
                    tf.constant(new int[] {0, 2, 1, 3, 4, 5}));
        } else {
            // [B, T, h*w, 1, 1, C]
            nodeMaps = tf.reshape(maps, tf.constant(new long[] {b, t, (long) h * w, 1, 1, c}));
        }
        return head.embed(context, nodeMaps, c);
    }
}
