package org.jaywalk.plugins.visualize;

import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.train.ListenerFactory;

/**
 * Makes the training listener of an experiment's top-level {@code visualize} block,
 * {@code visualize { type = crw-pictures, every = 200 }}. A listener factory, so the framework adds the listener
 * to the run beside those of the {@code listeners} list; other plugins may register visualizers of their own.
 */
public interface VisualizerFactory extends ListenerFactory {

    /** The extension point {@code visualizer}: the optional block {@code visualize}. */
    ExtensionPoint<VisualizerFactory> POINT = ExtensionPoint.declare("visualizer", VisualizerFactory.class,
            "visualize");
}
