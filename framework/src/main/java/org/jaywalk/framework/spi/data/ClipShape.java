package org.jaywalk.framework.spi.data;

/**
 * The geometry of a batch of clips as the model takes it: {@code [B, T, N*3, H, W]}.
 *
 * @param batchSize B, clips per batch
 * @param frames T, frames per clip
 * @param nodes N, patches per frame; 1 means whole frames, whose feature-map cells become the nodes
 * @param height H of each patch (or frame when N = 1)
 * @param width W of each patch (or frame when N = 1)
 */
public record ClipShape(int batchSize, int frames, int nodes, int height, int width) {

    public ClipShape {
        if (batchSize < 1 || frames < 2 || nodes < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("invalid clip shape " + this);
        }
    }

    /** Floats in one batch. */
    public int batchElements() {
        return batchSize * frames * nodes * 3 * height * width;
    }

    /** The batch tensor's shape {@code [B, T, N*3, H, W]}. */
    public long[] dims() {
        return new long[] {batchSize, frames, 3L * nodes, height, width};
    }
}
