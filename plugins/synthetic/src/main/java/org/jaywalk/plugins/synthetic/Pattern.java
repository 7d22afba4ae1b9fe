package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;
import org.jaywalk.framework.spi.random.Seeds;

/**
 * Random tileable scalar fields {@code [S, S]} in {@code [0, 1]}: value noise, sums of sinusoids, stripes
 * and checks. Every wave has a whole number of periods across the tile, so the fields wrap seamlessly.
 */
final class Pattern {

    /** The kinds of field. */
    enum Kind { NOISE, WAVES, STRIPES, CHECKS }

    private static final double TAU = 2 * Math.PI;
    /** Amplitude ratio of successive noise octaves. */
    private static final double PERSISTENCE = 0.6;

    private Pattern() {
    }

    /** A field of a random kind. */
    static float[] random(SplittableRandom rng, int size) {
        Kind[] kinds = Kind.values();
        return random(rng, size, kinds[rng.nextInt(kinds.length)]);
    }

    /** A random field of the given kind, rescaled to [0, 1]. */
    static float[] random(SplittableRandom rng, int size, Kind kind) {
        float[] field = switch (kind) {
            case NOISE -> noise(rng, size);
            case WAVES -> waves(rng, size);
            case STRIPES -> stripes(rng, size);
            case CHECKS -> checks(rng, size);
        };
        return rescale(field);
    }

    /** Three octaves of periodic value noise, 3 to 8 cells across at the coarsest. */
    private static float[] noise(SplittableRandom rng, int size) {
        float[] field = new float[size * size];
        int cells = 3 + rng.nextInt(6);
        double amplitude = 1;
        for (int octave = 0; octave < 3 && cells <= size; octave++, cells *= 2, amplitude *= PERSISTENCE) {
            addValueNoise(rng, size, cells, amplitude, field);
        }
        return field;
    }

    private static void addValueNoise(SplittableRandom rng, int size, int cells, double amplitude, float[] field) {
        double[] lattice = new double[cells * cells];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = rng.nextDouble();
        }
        double cell = (double) size / cells;
        for (int y = 0; y < size; y++) {
            double gy = y / cell;
            int y0 = (int) gy;
            int y1 = (y0 + 1) % cells;
            double ty = smooth(gy - y0);
            for (int x = 0; x < size; x++) {
                double gx = x / cell;
                int x0 = (int) gx;
                int x1 = (x0 + 1) % cells;
                double tx = smooth(gx - x0);
                double top = lerp(lattice[y0 * cells + x0], lattice[y0 * cells + x1], tx);
                double bottom = lerp(lattice[y1 * cells + x0], lattice[y1 * cells + x1], tx);
                field[y * size + x] += (float) (amplitude * lerp(top, bottom, ty));
            }
        }
    }

    /** A sum of three plane waves of 1 to 4 periods across the tile. */
    private static float[] waves(SplittableRandom rng, int size) {
        float[] field = new float[size * size];
        for (int i = 0; i < 3; i++) {
            Wave wave = Wave.random(rng, 1, 4);
            double amplitude = Seeds.uniform(rng, 0.5, 1);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    field[y * size + x] += (float) (amplitude * wave.at(x, y, size));
                }
            }
        }
        return field;
    }

    /** Sharp parallel stripes, 2 to 6 periods across the tile. */
    private static float[] stripes(SplittableRandom rng, int size) {
        Wave wave = Wave.random(rng, 2, 6);
        float[] field = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                field[y * size + x] = (float) Math.tanh(3 * wave.at(x, y, size));
            }
        }
        return field;
    }

    /** A soft checkerboard, 1 to 4 squares-pairs across the tile on each axis. */
    private static float[] checks(SplittableRandom rng, int size) {
        int fx = 1 + rng.nextInt(4);
        int fy = 1 + rng.nextInt(4);
        double px = rng.nextDouble() * TAU;
        double py = rng.nextDouble() * TAU;
        float[] field = new float[size * size];
        for (int y = 0; y < size; y++) {
            double sy = Math.sin(TAU * fy * y / size + py);
            for (int x = 0; x < size; x++) {
                field[y * size + x] = (float) Math.tanh(4 * sy * Math.sin(TAU * fx * x / size + px));
            }
        }
        return field;
    }

    /** A plane wave {@code sin(2 pi (kx x + ky y) / S + phase)} with integer frequencies. */
    private record Wave(int kx, int ky, double phase) {

        static Wave random(SplittableRandom rng, int minFrequency, int maxFrequency) {
            int kx;
            int ky;
            do {
                kx = rng.nextInt(-maxFrequency, maxFrequency + 1);
                ky = rng.nextInt(-maxFrequency, maxFrequency + 1);
            } while (Math.max(Math.abs(kx), Math.abs(ky)) < minFrequency);
            return new Wave(kx, ky, rng.nextDouble() * TAU);
        }

        double at(int x, int y, int size) {
            return Math.sin(TAU * (kx * x + ky * y) / size + phase);
        }
    }

    private static float[] rescale(float[] field) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : field) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float scale = max > min ? 1 / (max - min) : 0;
        for (int i = 0; i < field.length; i++) {
            field[i] = (field[i] - min) * scale;
        }
        return field;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
