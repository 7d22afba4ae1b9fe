package org.jaywalk.examples.walkentropy;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.train.Every;
import org.jaywalk.framework.spi.train.ListenerFactory;
import org.jaywalk.framework.spi.train.TrainingListener;

/** {@code listeners = [{ type = walk-entropy, every = 50 }]}. */
public final class WalkEntropyFactory implements ListenerFactory {

    @Override
    public String defaults() {
        return "every = 50";
    }

    @Override
    public TrainingListener create(ComponentConfig config) {
        return new WalkEntropy(Every.from(config));
    }
}
