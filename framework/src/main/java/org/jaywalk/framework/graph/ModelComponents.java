package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.Head;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.WalkStrategy;

/** The components that make up the model: pixels to nodes to walks to a loss. */
public record ModelComponents(Encoder encoder, Head head, WalkStrategy walk, Loss loss) {
}
