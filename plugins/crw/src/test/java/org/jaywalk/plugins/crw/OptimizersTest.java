package org.jaywalk.plugins.crw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.Op;

/** Adam and SGD against PyTorch's update formulas written out in double precision. */
class OptimizersTest {

    private static final float[] START = {1.0f, -2.0f, 0.5f};
    private static final float[] GRADIENT = {0.3f, -0.1f, 2.0f};
    private static final int STEPS = 3;

    /** Runs {@code optimizer} for {@link #STEPS} steps with a constant gradient; returns the parameter. */
    private static float[] run(Optimizer optimizer, double lr) {
        try (ComponentHarness h = ComponentHarness.training()) {
            h.parameters().trainable("p", new long[] {3}, Initializer.constant(0f));
            Op update = optimizer.apply(h.context(), h.parameters().entries(ParameterKind.TRAINABLE),
                    List.of(h.tf().constant(GRADIENT)), h.tf().constant((float) lr));
            h.initialize(0);
            h.assign(Map.of("p", START.clone()));
            for (int i = 0; i < STEPS; i++) {
                h.runTargets(update);
            }
            return h.read("p").get("p");
        }
    }

    @Test
    void sgdWithMomentumAndWeightDecayFollowsPytorch() {
        double lr = 0.1, momentum = 0.9, wd = 0.01;
        double[] p = toDoubles(START);
        double[] buf = new double[3];
        for (int step = 0; step < STEPS; step++) {
            for (int i = 0; i < 3; i++) {
                double d = GRADIENT[i] + wd * p[i];
                buf[i] = step == 0 ? d : momentum * buf[i] + d;
                p[i] -= lr * buf[i];
            }
        }
        assertArrayEquals(toFloats(p), run(new Sgd(lr, momentum, 0, wd, false), lr), 1e-6f);
    }

    @Test
    void adamFollowsPytorch() {
        double lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8, wd = 0.05;
        double[] p = toDoubles(START);
        double[] m = new double[3];
        double[] v = new double[3];
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < 3; i++) {
                double g = GRADIENT[i] + wd * p[i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double denom = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(b2, t)) + eps;
                p[i] -= lr / (1 - Math.pow(b1, t)) * m[i] / denom;
            }
        }
        assertArrayEquals(toFloats(p), run(new Adam(lr, b1, b2, eps, wd), lr), 1e-6f);
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
