package org.jaywalk.plugins.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * One procedural video: a few {@link MovingObject}s, drawn back to front, over a textured background that
 * pans slowly. Frames are a pure function of the generator's seed and the time, so any frame can be
 * rendered on demand. Immutable, hence thread-safe.
 */
final class ProceduralVideo {

    /** Background pan speed range, as fractions of the fastest object speed. */
    private static final double MIN_PAN = 0.1;
    private static final double MAX_PAN = 0.3;

    private final int frameSize;
    private final Texture background;
    private final double panX;
    private final double panY;
    private final double panSpeedX;
    private final double panSpeedY;
    private final List<MovingObject> objects;

    private ProceduralVideo(int frameSize, Texture background, double[] pan, List<MovingObject> objects) {
        this.frameSize = frameSize;
        this.background = background;
        this.panX = pan[0];
        this.panY = pan[1];
        this.panSpeedX = pan[2];
        this.panSpeedY = pan[3];
        this.objects = List.copyOf(objects);
    }

    /** A random video drawn from {@code rng}. */
    static ProceduralVideo generate(SplittableRandom rng, SceneSpec spec) {
        int size = spec.frameSize();
        Texture background = Texture.random(rng, size, true);
        double speed = Seeds.uniform(rng, MIN_PAN, MAX_PAN) * spec.maxSpeed();
        double heading = rng.nextDouble() * 2 * Math.PI;
        double[] pan = {rng.nextDouble() * size, rng.nextDouble() * size, speed * Math.cos(heading),
            speed * Math.sin(heading)};
        int count = rng.nextInt(spec.minObjects(), spec.maxObjects() + 1);
        List<MovingObject> objects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            objects.add(MovingObject.random(rng, spec));
        }
        return new ProceduralVideo(size, background, pan, objects);
    }

    /** Frame side in pixels. */
    int frameSize() {
        return frameSize;
    }

    /** Renders the frame at time {@code t} (in frames) into {@code frame [3, S, S]}, values in [0, 1]. */
    void render(double t, float[] frame) {
        background.paint(panX + panSpeedX * t, panY + panSpeedY * t, frame, frameSize, frameSize);
        for (MovingObject object : objects) {
            object.draw(t, frame, frameSize);
        }
    }

    /** A new frame {@code [3, S, S]} at time {@code t}. */
    float[] render(double t) {
        float[] frame = new float[3 * frameSize * frameSize];
        render(t, frame);
        return frame;
    }

    /** Approximate bytes held, for cache budgets. */
    long bytes() {
        long total = background.bytes();
        for (MovingObject object : objects) {
            total += object.bytes();
        }
        return total;
    }
}
