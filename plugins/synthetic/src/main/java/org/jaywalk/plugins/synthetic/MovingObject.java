package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * One textured shape moving along a {@link Trajectory} and deforming a little: its scale oscillates by up
 * to 10% and it spins slowly. The texture is attached to the shape (it moves, turns and scales with it),
 * so the object keeps its appearance from frame to frame. Immutable.
 */
final class MovingObject {

    private static final double MIN_RADIUS = 0.12;
    private static final double MAX_RADIUS = 0.25;
    private static final double MAX_SCALE_DRIFT = 0.10;
    private static final double MAX_SPIN = 0.03; // radians per frame

    private final Shape shape;
    private final Texture texture;
    private final Trajectory path;
    private final double angle;
    private final double spin;
    private final double scaleDrift;
    private final double scaleFrequency;
    private final double scalePhase;

    private MovingObject(Shape shape, Texture texture, Trajectory path, double angle, double spin,
                         double scaleDrift, double scaleFrequency, double scalePhase) {
        this.shape = shape;
        this.texture = texture;
        this.path = path;
        this.angle = angle;
        this.spin = spin;
        this.scaleDrift = scaleDrift;
        this.scaleFrequency = scaleFrequency;
        this.scalePhase = scalePhase;
    }

    /** A random object for frames of {@code spec.frameSize()} pixels. */
    static MovingObject random(SplittableRandom rng, SceneSpec spec) {
        int size = spec.frameSize();
        double radius = Math.max(2, Seeds.uniform(rng, MIN_RADIUS, MAX_RADIUS) * size);
        Shape shape = Shape.random(rng, radius);
        Texture texture = Texture.random(rng, Math.max(8, (int) Math.ceil(2 * shape.extent())), false);
        Trajectory path = Trajectory.random(rng, spec.minSpeed(), spec.maxSpeed(), 0, size);
        return new MovingObject(shape, texture, path,
                rng.nextDouble() * 2 * Math.PI, Seeds.uniform(rng, -MAX_SPIN, MAX_SPIN),
                Seeds.uniform(rng, 0, MAX_SCALE_DRIFT), Seeds.uniform(rng, 0.03, 0.1), rng.nextDouble() * 2 * Math.PI);
    }

    /** Composites the object at time {@code t} (frames) over {@code frame [3, S, S]}, antialiased. */
    void draw(double t, float[] frame, int size) {
        double cx = path.x(t);
        double cy = path.y(t);
        double scale = 1 + scaleDrift * Math.sin(scaleFrequency * t + scalePhase);
        double theta = angle + spin * t;
        double cos = Math.cos(theta) / scale; // maps frame offsets to the object's own frame
        double sin = Math.sin(theta) / scale;
        double reach = shape.extent() * scale + 1;
        int x0 = Math.max(0, (int) Math.floor(cx - reach));
        int x1 = Math.min(size - 1, (int) Math.ceil(cx + reach));
        int y0 = Math.max(0, (int) Math.floor(cy - reach));
        int y1 = Math.min(size - 1, (int) Math.ceil(cy + reach));
        float[] rgb = new float[3];
        int plane = size * size;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double u = cos * dx + sin * dy;
                double v = cos * dy - sin * dx;
                float alpha = (float) Math.min(1, 0.5 - shape.distance(u, v) * scale);
                if (alpha > 0) {
                    texture.sample(u, v, rgb);
                    blend(frame, y * size + x, plane, rgb, alpha);
                }
            }
        }
    }

    /** Bytes held, for cache budgets. */
    long bytes() {
        return texture.bytes();
    }

    private static void blend(float[] frame, int pixel, int plane, float[] rgb, float alpha) {
        for (int c = 0, i = pixel; c < 3; c++, i += plane) {
            frame[i] += alpha * (rgb[c] - frame[i]);
        }
    }
}
