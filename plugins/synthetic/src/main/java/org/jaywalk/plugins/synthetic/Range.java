package org.jaywalk.plugins.synthetic;

import java.util.List;
import org.jaywalk.framework.spi.ComponentConfig;

/** A closed interval {@code [min, max]} read from a two-element config list. */
record Range(double min, double max) {

    /**
     * Reads {@code key} as {@code [min, max]} with {@code lowest <= min <= max <= highest}.
     *
     * @throws org.jaywalk.framework.config.ConfigError naming the key otherwise
     */
    static Range read(ComponentConfig config, String key, double lowest, double highest) {
        List<Double> values = config.getDoubleList(key);
        if (values.size() != 2) {
            throw config.error(key, "must be a list [min, max], got " + values);
        }
        double min = values.get(0);
        double max = values.get(1);
        if (!(lowest <= min && min <= max && max <= highest)) {
            throw config.error(key, "must satisfy " + lowest + " <= min <= max <= " + highest + ", got " + values);
        }
        return new Range(min, max);
    }
}
