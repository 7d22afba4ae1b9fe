package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;

/** {@code walk.type = sinkhorn-targets}. */
final class SinkhornTargetWalksFactory implements WalkStrategyFactory {

    @Override
    public String defaults() {
        return WalkSettings.DEFAULTS;
    }

    @Override
    public WalkStrategy create(ComponentConfig c) {
        WalkSettings s = WalkSettings.from(c);
        return new SinkhornTargetWalks(s.temperature(), s.edgeDropout());
    }
}
