package org.jaywalk.plugins.synthetic;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/** Contributes the {@code synthetic} dataset: procedural videos of moving textured shapes, no downloads. */
public final class SyntheticPlugin implements JaywalkPlugin {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.DATASET, "synthetic", new SyntheticDatasetFactory());
            }
        };
    }
}
