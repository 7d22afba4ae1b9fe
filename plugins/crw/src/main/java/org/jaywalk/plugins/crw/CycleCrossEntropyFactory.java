package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossFactory;

/** {@code loss.type = cycle-xent}; no settings. */
final class CycleCrossEntropyFactory implements LossFactory {

    @Override
    public String defaults() {
        return "";
    }

    @Override
    public Loss create(ComponentConfig c) {
        return new CycleCrossEntropy();
    }
}
