package org.jaywalk.plugins.visualize;

import java.util.List;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.Plugin;
import org.jaywalk.framework.spi.Registrar;

/** Declares the {@code visualizer} extension point (block {@code visualize}) and registers {@code crw-pictures}. */
public final class VisualizePlugin extends Plugin {

    public VisualizePlugin() {
        super("visualize", API_VERSION);
    }

    @Override
    public List<ExtensionPoint<?>> extensionPoints() {
        return List.of(VisualizerFactory.POINT);
    }

    @Override
    protected void register(Registrar components) {
        components.register(VisualizerFactory.POINT, CrwPicturesFactory.NAME, new CrwPicturesFactory());
    }
}
