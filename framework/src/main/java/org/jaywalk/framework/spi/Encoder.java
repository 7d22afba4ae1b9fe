package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Turns images into feature maps. Parameters are created in the context's store on first use. */
public interface Encoder {

    /**
     * Adds the encoder to the graph.
     *
     * @param frames {@code [M, H, W, 3]} normalized images (NHWC)
     * @return feature maps {@code [M, h, w, C]} with {@code C = channels()}
     */
    Operand<TFloat32> encode(GraphContext context, Operand<TFloat32> frames);

    /** C, the channel count of the maps. */
    int channels();

    /** Spatial size of the maps for an input of {@code size} pixels (e.g. {@code ceil(size / 8)}). */
    int outputSize(int size);
}
