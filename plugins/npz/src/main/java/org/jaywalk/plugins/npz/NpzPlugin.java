package org.jaywalk.plugins.npz;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/** Contributes the {@code npz} dataset: fixed batches replayed from an {@code .npz} file. */
public final class NpzPlugin implements JaywalkPlugin {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "npz";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.DATASET, "npz", new NpzDatasetFactory());
            }
        };
    }
}
