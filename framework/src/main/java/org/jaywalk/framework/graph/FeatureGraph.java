package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.FeatureExtractor;
import org.jaywalk.framework.spi.eval.WeightLoader;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.ReduceSum;
import org.tensorflow.types.TFloat32;

/**
 * Test-time features: the encoder in eval mode (running batch-norm statistics) on a fixed-size batch of
 * images, and its maps L2-normalized over channels, as videowalk's {@code test.py} uses them.
 */
public final class FeatureGraph implements FeatureExtractor {

    private final Graph graph;
    private final Session session;
    private final VariableStore parameters;
    private final Placeholder<TFloat32> images;
    private final Operand<TFloat32> maps;
    private final Operand<TFloat32> normalized;
    private final long[] imageShape;

    /** Builds the graph for images of {@code imageShape} and loads {@code weights} into it. */
    public static FeatureGraph open(Encoder encoder, long[] imageShape, WeightLoader weights, SessionSettings settings) {
        FeatureGraph graph = new FeatureGraph(encoder, imageShape, settings);
        try {
            weights.load(graph.parameters, graph.session);
            return graph;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** @param imageShape {@code [n, H, W, 3]} */
    public FeatureGraph(Encoder encoder, long[] imageShape, SessionSettings settings) {
        this(encoder, imageShape, settings, false);
    }

    /** @param float64Proof build the graph to be rebuilt in float64 (see {@link GraphContext#float64Proof()}) */
    FeatureGraph(Encoder encoder, long[] imageShape, SessionSettings settings, boolean float64Proof) {
        this.imageShape = imageShape.clone();
        this.graph = new Graph();
        Ops tf = Ops.create(graph);
        this.parameters = new VariableStore(tf);
        // nothing measured: every op that offers several kernels builds its preferred one for inference (ResNet:
        // TensorFlow's convolutions, the faster ones on frame-sized inputs)
        GraphContext context = new BuildContext(tf, parameters, false, true, float64Proof);
        this.images = tf.withName("images").placeholder(TFloat32.class, Placeholder.shape(Shape.of(imageShape)));
        this.maps = encoder.encode(context, images); // [n, h, w, C]
        this.normalized = normalize(tf, maps);
        parameters.prepareAssignments();
        this.session = new Session(graph, settings.toProto());
    }

    /** {@code maps} L2-normalized over channels (the last axis), as {@code torch.nn.functional.normalize}. */
    static Operand<TFloat32> normalize(Ops tf, Operand<TFloat32> maps) {
        Operand<TFloat32> norm = tf.math.sqrt(tf.reduceSum(tf.math.square(maps), tf.constant(-1), ReduceSum.keepDims(true)));
        return tf.math.div(maps, tf.math.maximum(norm, tf.constant(1e-12f)));
    }

    @Override
    public Features run(float[] nhwc) {
        List<Tensor> inputs = new ArrayList<>();
        try {
            TFloat32 x = HostTensors.floats(imageShape, nhwc);
            inputs.add(x);
            try (Result r = session.runner().feed(images, x).fetch(maps).fetch(normalized).run()) {
                TFloat32 m = (TFloat32) r.get(0);
                return new Features(HostTensors.dims(m), HostTensors.toArray(m), HostTensors.toArray((TFloat32) r.get(1)));
            }
        } finally {
            inputs.forEach(Tensor::close);
        }
    }

    /** The images fed, the maps and the normalized maps (read by the float64 rebuild of this graph). */
    List<Operand<TFloat32>> endpoints() {
        return List.of(images, maps, normalized);
    }

    public VariableStore parameters() {
        return parameters;
    }

    public Session session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
