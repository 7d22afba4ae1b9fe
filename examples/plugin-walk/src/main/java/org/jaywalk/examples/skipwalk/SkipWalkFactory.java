package org.jaywalk.examples.skipwalk;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;

/** Reads the {@code walk} block of {@code type = skip}; its keys and defaults are {@link #defaults()}. */
public final class SkipWalkFactory implements WalkStrategyFactory {

    @Override
    public String defaults() {
        return """
                # softmax temperature of the affinities (the initial value when learned)
                temperature = 0.07
                # frames jumped by each step: the walk goes t -> t+skip -> t
                skip = 2
                # learn the temperature: a trainable scalar walk.log_temperature in the parameter store
                learn-temperature = false
                """;
    }

    @Override
    public WalkStrategy create(ComponentConfig c) {
        double temperature = c.getDouble("temperature");
        if (temperature <= 0) {
            throw c.error("temperature", "must be positive, got " + temperature);
        }
        return new SkipWalks(temperature, c.getIntAtLeast("skip", 1), c.getBoolean("learn-temperature"));
    }
}
