package org.jaywalk.plugins.visualize;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.train.TrainingListener;

/**
 * {@code visualize { type = crw-pictures, every = 200, clips = 2, queries = 4, png = false }}: pictures of the
 * walk every N steps. With {@code every = 0} the listener does nothing and adds nothing to the graph.
 */
final class CrwPicturesFactory implements VisualizerFactory {

    static final String NAME = "crw-pictures";

    @Override
    public String defaults() {
        return PictureSettings.DEFAULTS;
    }

    @Override
    public TrainingListener create(ComponentConfig config) {
        PictureSettings settings = PictureSettings.from(config);
        return settings.off() ? new TrainingListener() { } : new CrwPictures(settings);
    }
}
