package org.jaywalk.plugins.synthetic;

import java.util.SplittableRandom;

/** Derives independent random streams from tuples of numbers with SplitMix64's finalizer. */
final class Seeds {

    /** Stream tag for a video's content: {@code (seed, VIDEO, video id)}. */
    static final long VIDEO = 0x5649444FL;
    /** Stream tag for a clip's sampling and jitter: {@code (seed, CLIP, epoch, clip index)}. */
    static final long CLIP = 0x434C4950L;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** A well-mixed 64-bit hash of {@code parts}; order matters. */
    static long mix(long... parts) {
        long h = GOLDEN;
        for (long part : parts) {
            h = splitMix(h ^ splitMix(part + GOLDEN));
        }
        return h;
    }

    /** A generator seeded with {@link #mix}{@code (parts)}. */
    static SplittableRandom random(long... parts) {
        return new SplittableRandom(mix(parts));
    }

    /** A uniform draw in {@code [min, max)}, or {@code min} when the range is empty. */
    static double uniform(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
