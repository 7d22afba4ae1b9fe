package org.jaywalk.framework.spi.random;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from tuples of numbers with SplitMix64's finalizer, so that a dataset can
 * make every random draw a pure function of, e.g., {@code (seed, stream tag, epoch, clip)}.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** A well-mixed 64-bit hash of {@code parts}; order matters. */
    public static long mix(long... parts) {
        long h = GOLDEN;
        for (long part : parts) {
            h = splitMix(h ^ splitMix(part + GOLDEN));
        }
        return h;
    }

    /** A generator seeded with {@link #mix}{@code (parts)}. */
    public static SplittableRandom random(long... parts) {
        return new SplittableRandom(mix(parts));
    }

    /** A uniform draw in {@code [min, max)}, or {@code min} when the range is empty. */
    public static double uniform(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }

    /** A stream tag from up to eight ASCII characters, e.g. {@code tag("CLIP")}, for readable constants. */
    public static long tag(String name) {
        long t = 0;
        for (int i = 0; i < name.length(); i++) {
            t = (t << 8) | (name.charAt(i) & 0xFF);
        }
        return t;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
