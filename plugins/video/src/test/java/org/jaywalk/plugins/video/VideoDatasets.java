package org.jaywalk.plugins.video;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import org.jaywalk.framework.spi.ComponentConfig;

/** Builds video datasets for tests the way the framework does: overrides merged over the factory's defaults. */
final class VideoDatasets {

    private VideoDatasets() {
    }

    static ComponentConfig config(SourceKind kind, String overrides, long seed) {
        var block = ConfigFactory.parseString(overrides)
                .withFallback(ConfigFactory.parseString(new VideoDatasetFactory(kind).defaults())).resolve();
        return new ComponentConfig("dataset", block, seed);
    }

    static VideoDatasetConfig settings(SourceKind kind, String overrides) {
        return VideoDatasetConfig.from(config(kind, overrides, 0), kind);
    }

    static VideoDataset open(SourceKind kind, String overrides, long seed) throws IOException {
        return VideoDataset.open(settings(kind, overrides), seed, IndexProgress.NONE);
    }
}
