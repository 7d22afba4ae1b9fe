package org.jaywalk.plugins.davis.jhmdb;

import java.util.Arrays;

/**
 * A numeric array of a MATLAB file, as doubles in MATLAB's column-major order.
 *
 * @param name the variable's name
 * @param dimensions its sizes, first dimension first
 * @param values {@code prod(dimensions)} values, the first index varying fastest
 */
public record MatArray(String name, int[] dimensions, double[] values) {

    public MatArray {
        long count = 1;
        for (int d : dimensions) {
            count *= d;
        }
        if (count != values.length) {
            throw new IllegalArgumentException(name + ": " + Arrays.toString(dimensions) + " needs " + count
                    + " values, got " + values.length);
        }
    }

    /** The value at {@code index} (0-based, one per dimension). */
    public double get(int... index) {
        if (index.length != dimensions.length) {
            throw new IllegalArgumentException(name + " has " + dimensions.length + " dimensions, got an index of "
                    + index.length);
        }
        int flat = 0;
        for (int d = index.length - 1; d >= 0; d--) {
            flat = flat * dimensions[d] + index[d];
        }
        return values[flat];
    }
}
