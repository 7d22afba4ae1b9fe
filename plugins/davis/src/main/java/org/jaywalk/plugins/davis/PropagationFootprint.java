package org.jaywalk.plugins.davis;

import org.jaywalk.framework.spi.MemorySize;

/**
 * The peak memory (resident: Java heap and TensorFlow's native memory) label propagation needs for frames of one
 * size, estimated before anything is built: a fixed part, a part per frame pixel (the encoder's activations, the
 * query windows and affinity blocks of {@link AffinityGraph}, frames and labels) and, for each context frame, its
 * features and key tiles ({@code 2 x cells x channels} floats). The first two were measured with
 * {@code bench propagate} (ResNet-18 without {@code layer4}, topk 10, radius 12) at 427x240 to 1708x960 and are set
 * 0-20% above what was measured; for 854x480 and videoLen 20 it gives 1.5 GiB (1.3 GiB measured).
 *
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param cells feature-map cells per frame ({@code h * w})
 * @param channels feature channels
 * @param contextLength short-term context frames kept ({@code videoLen})
 */
record PropagationFootprint(int width, int height, long cells, int channels, int contextLength) {

    /** The JVM, TensorFlow's runtime and the graphs' fixed part. */
    static final long FIXED = 780L << 20;
    /** Per frame pixel, at the default radius and topk. */
    static final long PER_PIXEL = 1206;

    /** The estimated peak. */
    MemorySize peak() {
        return new MemorySize(FIXED + perFrame() + contextLength * perContextFrame());
    }

    /** The largest frame of this aspect ratio whose propagation fits in {@code limit}, as {@code WxH}, or null. */
    String largestFrameWithin(MemorySize limit) {
        double available = limit.bytes() - FIXED;
        double scale = Math.sqrt(available / (perFrame() + contextLength * (double) perContextFrame()));
        int w = (int) (width * Math.min(scale, 1));
        int h = (int) (height * Math.min(scale, 1));
        return available <= 0 || w < 16 || h < 16 ? null : w + "x" + h;
    }

    /** The longest context that fits in {@code limit} at this frame size, or -1 if even none does. */
    int longestContextWithin(MemorySize limit) {
        long available = limit.bytes() - FIXED - perFrame();
        return available < 0 ? -1 : (int) Math.min(contextLength, available / perContextFrame());
    }

    /** The part of the peak that grows with the frame. */
    private long perFrame() {
        return (long) width * height * PER_PIXEL;
    }

    /** One context frame's features and key tiles, in float32. */
    long perContextFrame() {
        return 2 * cells * channels * Float.BYTES;
    }
}
