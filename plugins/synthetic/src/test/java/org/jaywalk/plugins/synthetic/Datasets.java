package org.jaywalk.plugins.synthetic;

import com.typesafe.config.ConfigFactory;
import org.jaywalk.framework.spi.ComponentConfig;

/** Builds synthetic datasets for tests the way the framework does: overrides merged over the defaults. */
final class Datasets {

    private Datasets() {
    }

    static ComponentConfig config(String overrides, long seed) {
        var block = ConfigFactory.parseString(overrides)
                .withFallback(ConfigFactory.parseString(new SyntheticDatasetFactory().defaults())).resolve();
        return new ComponentConfig("dataset", block, seed);
    }

    static SyntheticDataset create(String overrides, long seed) {
        return (SyntheticDataset) new SyntheticDatasetFactory().create(config(overrides, seed));
    }
}
