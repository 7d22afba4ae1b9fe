package org.jaywalk.framework.plugin;

import com.google.inject.AbstractModule;
import org.jaywalk.framework.eval.StoredModelFeatures;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;

/**
 * The framework services a plugin's factories and commands may {@code @Inject}: the SPI interfaces the
 * framework implements.
 */
final class FrameworkServicesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(TestTimeFeatures.class).to(StoredModelFeatures.class);
    }
}
