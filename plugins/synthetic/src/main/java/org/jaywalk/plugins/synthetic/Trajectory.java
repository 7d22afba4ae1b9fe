package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * A smooth random path of a point, in pixels as a function of time in frames: a constant drift plus a slow
 * sinusoidal wobble on each axis, folded back (bouncing) into {@code [lo, hi]}. Immutable.
 */
final class Trajectory {

    /** The wobble's peak speed on each axis, as a fraction of the drift speed. */
    static final double WOBBLE = 0.35;

    private final double[] origin;
    private final double[] drift;
    private final double[] amplitude;
    private final double[] frequency;
    private final double[] phase;
    private final double lo;
    private final double hi;

    private Trajectory(double[] origin, double[] drift, double[] amplitude, double[] frequency, double[] phase,
                       double lo, double hi) {
        this.origin = origin;
        this.drift = drift;
        this.amplitude = amplitude;
        this.frequency = frequency;
        this.phase = phase;
        this.lo = lo;
        this.hi = hi;
    }

    /** A path starting anywhere in {@code [lo, hi]^2} and drifting at a speed in {@code [minSpeed, maxSpeed]} pixels/frame. */
    static Trajectory random(SplittableRandom rng, double minSpeed, double maxSpeed, double lo, double hi) {
        double speed = Seeds.uniform(rng, minSpeed, maxSpeed);
        double heading = rng.nextDouble() * 2 * Math.PI;
        double[] origin = new double[2];
        double[] amplitude = new double[2];
        double[] frequency = new double[2];
        double[] phase = new double[2];
        for (int axis = 0; axis < 2; axis++) {
            origin[axis] = Seeds.uniform(rng, lo, hi);
            frequency[axis] = Seeds.uniform(rng, 0.05, 0.2);
            amplitude[axis] = WOBBLE * speed * rng.nextDouble() / frequency[axis];
            phase[axis] = rng.nextDouble() * 2 * Math.PI;
        }
        double[] drift = {speed * Math.cos(heading), speed * Math.sin(heading)};
        return new Trajectory(origin, drift, amplitude, frequency, phase, lo, hi);
    }

    /** Horizontal position at time {@code t}. */
    double x(double t) {
        return at(0, t);
    }

    /** Vertical position at time {@code t}. */
    double y(double t) {
        return at(1, t);
    }

    private double at(int axis, double t) {
        return fold(origin[axis] + drift[axis] * t + amplitude[axis] * Math.sin(frequency[axis] * t + phase[axis]));
    }

    /** Reflects {@code p} into {@code [lo, hi]} as a ball bouncing between two walls. */
    private double fold(double p) {
        double span = hi - lo;
        if (span <= 0) {
            return lo;
        }
        double m = (p - lo) % (2 * span);
        if (m < 0) {
            m += 2 * span;
        }
        return lo + (m <= span ? m : 2 * span - m);
    }
}
