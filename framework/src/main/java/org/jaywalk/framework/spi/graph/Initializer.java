package org.jaywalk.framework.spi.graph;

import java.util.Random;

/** Produces a tensor's initial values in canonical layout (C order of {@code shape}). */
@FunctionalInterface
public interface Initializer {

    float[] values(long[] shape, Random random);

    /** All entries equal to {@code value}. */
    static Initializer constant(float value) {
        return (shape, random) -> {
            float[] v = new float[Math.toIntExact(ParameterStore.elements(shape))];
            java.util.Arrays.fill(v, value);
            return v;
        };
    }

    /** Uniform in [-bound, bound). */
    static Initializer uniform(double bound) {
        return (shape, random) -> {
            float[] v = new float[Math.toIntExact(ParameterStore.elements(shape))];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
            return v;
        };
    }

    /** Normal with mean 0 and the given standard deviation. */
    static Initializer normal(double std) {
        return (shape, random) -> {
            float[] v = new float[Math.toIntExact(ParameterStore.elements(shape))];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (random.nextGaussian() * std);
            }
            return v;
        };
    }
}
