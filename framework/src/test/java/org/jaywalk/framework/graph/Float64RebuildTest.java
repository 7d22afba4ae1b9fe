package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jaywalk.framework.spi.graph.TensorLayout;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

class Float64RebuildTest {

    /** Scalar and array constants take their decimal values; placeholders and ops become float64. */
    @Test
    void rebuildsFloat32GraphsInFloat64WithDecimalConstants() {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> x = tf.withName("x").placeholder(TFloat32.class);
            tf.withName("scaled").math.mul(x, tf.constant(0.1f));
            tf.withName("table").math.mul(x, tf.constant(new float[] {0.1f, 1e-5f, 0.07f, 3f}));
            try (Graph wide = new Graph()) {
                wide.importGraphDef(Float64Rebuild.widen(g.toGraphDef()));
                try (Session s = new Session(wide); TFloat64 three = TFloat64.scalarOf(3.0);
                     Result r = s.runner().feed("x", three).fetch("scaled").fetch("table").run()) {
                    assertEquals(3.0 * 0.1, ((TFloat64) r.get(0)).getDouble());
                    assertArrayEquals(new double[] {3 * 0.1, 3 * 1e-5, 3 * 0.07, 9}, Float64Rebuild.values(r.get(1)));
                }
            }
        }
    }

    /** Reordering doubles between layouts is the float reordering, both ways. */
    @Test
    void reordersAsTheFloatLayouts() {
        long[] oihw = {3, 2, 2, 2};
        float[] canonical = new float[24];
        double[] wide = new double[24];
        for (int i = 0; i < 24; i++) {
            canonical[i] = i + 0.5f;
            wide[i] = i + 0.5;
        }
        TensorLayout layout = TensorLayout.CONV_OIHW_TO_HWIO;
        double[] graph = Float64Rebuild.reorder(wide, layout, oihw, true);
        float[] expected = layout.toGraph(canonical, oihw);
        for (int i = 0; i < 24; i++) {
            assertEquals(expected[i], graph[i]);
        }
        assertArrayEquals(wide, Float64Rebuild.reorder(graph, layout, oihw, false));
    }
}
