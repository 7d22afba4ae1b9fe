package org.jaywalk.framework.graph;

import java.util.Random;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * This CPU's float32 matrix-product rate through TensorFlow: an {@code n x n} by {@code n x n} {@code MatMul}
 * (2 n^3 FLOPs), best of {@code runs} after 2 untimed runs. The practical peak a training step is measured against.
 */
public final class MatMulPeak {

    private MatMulPeak() {
    }

    /** GFLOP/s of the fastest run. */
    public static double gflops(SessionSettings settings, int n, int runs) {
        if (n < 1 || runs < 1) {
            throw new IllegalArgumentException("need a size and runs of at least 1, got " + n + " and " + runs);
        }
        float[] values = new float[n * n];
        Random random = new Random(0);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat() - 0.5f;
        }
        try (Graph graph = new Graph();
             TFloat32 a = HostTensors.floats(new long[] {n, n}, values);
             TFloat32 b = HostTensors.floats(new long[] {n, n}, values)) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(n, n)));
            Placeholder<TFloat32> y = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(n, n)));
            // the sum keeps the fetch small; its cost (n^2) is negligible next to the product's 2 n^3
            var product = tf.reduceSum(tf.linalg.matMul(x, y), tf.constant(new int[] {0, 1}));
            try (Session session = new Session(graph, settings.toProto())) {
                double best = Double.POSITIVE_INFINITY;
                for (int r = 0; r < runs + 2; r++) {
                    long start = System.nanoTime();
                    session.runner().feed(x, a).feed(y, b).fetch(product).run().close();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (r >= 2) {
                        best = Math.min(best, seconds);
                    }
                }
                return 2.0 * n * n * n / best / 1e9;
            }
        }
    }
}
