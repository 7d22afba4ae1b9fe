package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/** The outline of an object in its own frame (origin at its centre, pixels): an ellipse, rectangle or blob. */
sealed interface Shape {

    /** Approximate signed distance from {@code (u, v)} to the outline, in pixels: negative inside. */
    double distance(double u, double v);

    /** Radius of a disc about the origin that holds the whole shape. */
    double extent();

    /** A random shape of roughly {@code radius} pixels. */
    static Shape random(SplittableRandom rng, double radius) {
        double aspect = Seeds.uniform(rng, 0.6, 1.0);
        return switch (rng.nextInt(3)) {
            case 0 -> new Ellipse(radius, radius * aspect);
            case 1 -> new Rectangle(radius * 0.85, radius * 0.85 * aspect);
            default -> Blob.random(rng, radius);
        };
    }

    /** An axis-aligned ellipse with semi-axes {@code a >= b}. */
    record Ellipse(double a, double b) implements Shape {

        @Override
        public double distance(double u, double v) {
            double ru = u / a;
            double rv = v / b;
            return (Math.sqrt(ru * ru + rv * rv) - 1) * b;
        }

        @Override
        public double extent() {
            return Math.max(a, b);
        }
    }

    /** An axis-aligned rectangle with half-sides {@code a, b}. */
    record Rectangle(double a, double b) implements Shape {

        @Override
        public double distance(double u, double v) {
            return Math.max(Math.abs(u) - a, Math.abs(v) - b);
        }

        @Override
        public double extent() {
            return Math.hypot(a, b);
        }
    }

    /**
     * A star-shaped blob of radius {@code r(phi) = radius (1 + sum_k a_k cos(k phi) - b_k sin(k phi))},
     * {@code k = 2, 3, 4}: a circle with a few smooth bumps.
     *
     * @param cosTerms {@code a_k}
     * @param sinTerms {@code b_k}
     */
    record Blob(double radius, double[] cosTerms, double[] sinTerms) implements Shape {

        private static final int HARMONICS = 3;
        private static final double MAX_AMPLITUDE = 0.15;

        static Blob random(SplittableRandom rng, double radius) {
            double[] cosTerms = new double[HARMONICS];
            double[] sinTerms = new double[HARMONICS];
            for (int k = 0; k < HARMONICS; k++) {
                double amplitude = Seeds.uniform(rng, 0, MAX_AMPLITUDE);
                double phase = rng.nextDouble() * 2 * Math.PI;
                cosTerms[k] = amplitude * Math.cos(phase);
                sinTerms[k] = amplitude * Math.sin(phase);
            }
            return new Blob(radius, cosTerms, sinTerms);
        }

        @Override
        public double distance(double u, double v) {
            double r = Math.sqrt(u * u + v * v);
            if (r == 0) {
                return -radius;
            }
            return r - radiusAt(u / r, v / r);
        }

        /** The outline's radius in direction {@code (cos phi, sin phi)}, without trigonometric calls. */
        private double radiusAt(double cos, double sin) {
            double ck = cos * cos - sin * sin; // cos(2 phi)
            double sk = 2 * sin * cos; // sin(2 phi)
            double factor = 1;
            for (int k = 0; k < cosTerms.length; k++) {
                factor += cosTerms[k] * ck - sinTerms[k] * sk;
                double next = ck * cos - sk * sin; // cos((k + 3) phi)
                sk = sk * cos + ck * sin;
                ck = next;
            }
            return radius * factor;
        }

        @Override
        public double extent() {
            double sum = 0;
            for (int k = 0; k < cosTerms.length; k++) {
                sum += Math.hypot(cosTerms[k], sinTerms[k]);
            }
            return radius * (1 + sum);
        }
    }
}
