package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.Encoder;
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
public final class FeatureGraph implements AutoCloseable {

    /** Maps and normalized features of one batch, both {@code [n, h, w, C]} (NHWC, C order). */
    public record Features(long[] shape, float[] maps, float[] normalized) {
    }

    private final Graph graph;
    private final Session session;
    private final ParameterStore parameters;
    private final Placeholder<TFloat32> images;
    private final Operand<TFloat32> maps;
    private final Operand<TFloat32> normalized;
    private final long[] imageShape;

    /** @param imageShape {@code [n, H, W, 3]} */
    public FeatureGraph(Encoder encoder, long[] imageShape, SessionSettings settings) {
        this.imageShape = imageShape.clone();
        this.graph = new Graph();
        Ops tf = Ops.create(graph);
        this.parameters = new ParameterStore(tf);
        // no updates: every run is reproducible even with the faster kernels
        GraphContext context = new GraphContext(tf, parameters, false, false);
        this.images = tf.withName("images").placeholder(TFloat32.class, Placeholder.shape(Shape.of(imageShape)));
        this.maps = encoder.encode(context, images); // [n, h, w, C]
        Operand<TFloat32> norm = tf.math.sqrt(tf.reduceSum(tf.math.square(maps), tf.constant(-1), ReduceSum.keepDims(true)));
        this.normalized = tf.math.div(maps, tf.math.maximum(norm, tf.constant(1e-12f)));
        parameters.prepareAssignments();
        this.session = new Session(graph, settings.toProto());
    }

    /** @param nhwc images {@code [n, H, W, 3]} in C order */
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

    public ParameterStore parameters() {
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
