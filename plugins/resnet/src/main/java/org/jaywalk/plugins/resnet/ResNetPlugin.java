package org.jaywalk.plugins.resnet;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/** Contributes the {@code resnet} encoder. */
public final class ResNetPlugin implements JaywalkPlugin {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "resnet";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.ENCODER, "resnet", new ResNetEncoderFactory());
            }
        };
    }
}
