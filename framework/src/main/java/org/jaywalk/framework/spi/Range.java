package org.jaywalk.framework.spi;

/**
 * A closed interval {@code [min, max]}, as a two-element config list such as {@code scale = [0.7, 0.9]} gives
 * it (see {@link ComponentConfig#getRange}).
 */
public record Range(double min, double max) {

    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
    }
}
