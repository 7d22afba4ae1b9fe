package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;

/** {@code walk.type = palindrome} (right products) or {@code flip} (left products). */
final class PalindromeWalksFactory implements WalkStrategyFactory {

    private final boolean flip;

    PalindromeWalksFactory(boolean flip) {
        this.flip = flip;
    }

    @Override
    public String defaults() {
        return WalkSettings.DEFAULTS;
    }

    @Override
    public WalkStrategy create(ComponentConfig c) {
        WalkSettings s = WalkSettings.from(c);
        return new PalindromeWalks(s.temperature(), s.edgeDropout(), flip);
    }
}
