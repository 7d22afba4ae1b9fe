package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;

/** The settings every walk strategy of this plugin takes. */
record WalkSettings(double temperature, double edgeDropout) {

    static final String DEFAULTS = """
            # softmax temperature of the affinities (videowalk --temp)
            temperature = 0.07
            # probability of dropping an affinity entry before the softmax (videowalk --dropout)
            edge-dropout = 0.0
            """;

    static WalkSettings from(ComponentConfig c) {
        double t = c.getDouble("temperature");
        if (t <= 0) {
            throw c.error("temperature", "must be positive, got " + t);
        }
        return new WalkSettings(t, c.getDoubleInRange("edge-dropout", 0, 0.99));
    }
}
