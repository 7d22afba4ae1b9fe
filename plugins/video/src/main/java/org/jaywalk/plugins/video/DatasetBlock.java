package org.jaywalk.plugins.video;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.ComponentConfig;

/** Reads the {@code dataset} block of an experiment for the plain-Java entry points (index, preview, bench). */
final class DatasetBlock {

    private DatasetBlock() {
    }

    /**
     * The settings of the video dataset {@code type} configured by {@code block} (the experiment's
     * {@code dataset} block; the factory's defaults are merged under it here, so a partial block is fine).
     *
     * @throws ConfigError if {@code type} is not one of this plugin's datasets or a setting is bad
     */
    static VideoDatasetConfig settings(String type, ComponentConfig block) {
        SourceKind kind = SourceKind.byTypeName(type).orElseThrow(() -> new ConfigError(block.path()
                + ".type is '" + type + "': video commands work on datasets of type kinetics, video-list or "
                + "frame-folders"));
        var merged = block.raw().withoutPath("type")
                .withFallback(ConfigFactory.parseString(new VideoDatasetFactory(kind).defaults())).resolve();
        return VideoDatasetConfig.from(new ComponentConfig(block.path(), merged, block.seed()), kind);
    }

    /** {@code block} with {@code key} set to {@code value} (e.g. a benchmark's worker count). */
    static ComponentConfig with(ComponentConfig block, String key, Object value) {
        return new ComponentConfig(block.path(), block.raw().withValue(key, ConfigValueFactory.fromAnyRef(value)),
                block.seed());
    }
}
