package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.Head;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.WalkStrategy;

/**
 * The components that make up the model: pixels to nodes to walks to a loss.
 *
 * @param walkLabel how the experiment names the walk strategy, for errors in its walks
 */
public record ModelComponents(Encoder encoder, Head head, WalkStrategy walk, Loss loss, ComponentLabel walkLabel) {

    /** Components built directly (tests): the walk strategy is labeled by its class. */
    public ModelComponents(Encoder encoder, Head head, WalkStrategy walk, Loss loss) {
        this(encoder, head, walk, loss, ComponentLabel.direct(ExtensionPoint.WALK, walk));
    }
}
