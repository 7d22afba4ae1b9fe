package org.jaywalk.framework.spi.train;

import org.jaywalk.framework.spi.ComponentFactory;

/**
 * Builds a {@link TrainingListener} from one element of an experiment's {@code listeners} list, e.g.
 * {@code listeners = [{ type = walk-entropy, every = 50 }]}.
 *
 * <p>A plugin may give its listeners a block of their own: it declares an extension point whose factory type
 * extends this interface ({@code interface VisualizerFactory extends ListenerFactory {}},
 * {@code ExtensionPoint.declare("visualizer", VisualizerFactory.class, "visualize")}); the framework makes a
 * listener of that block too, after those of the {@code listeners} list.
 */
public interface ListenerFactory extends ComponentFactory<TrainingListener> {
}
