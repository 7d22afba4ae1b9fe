package org.jaywalk.plugins.davis;

import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.FeatureExtractor;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.eval.WeightLoader;

/**
 * Test-time features of single frames of one size: the encoder in eval mode on the {@link FrameInput} of the
 * frame, maps L2-normalized over channels ({@link FeatureExtractor}) unless the input says otherwise.
 */
public final class FrameEncoder implements AutoCloseable {

    private final FeatureExtractor graph;
    private final FrameInput input;
    private final int width;
    private final int height;

    /** Builds the graph for {@code width x height} frames at their own size and loads the weights into it. */
    public FrameEncoder(TestTimeFeatures features, Encoder encoder, int width, int height, WeightLoader weights,
                        SessionSettings session) {
        this(features, encoder, FrameInput.NATIVE, width, height, weights, session);
    }

    /** Builds the graph for {@code width x height} frames made into {@code input} and loads the weights into it. */
    public FrameEncoder(TestTimeFeatures features, Encoder encoder, FrameInput input, int width, int height,
                        WeightLoader weights, SessionSettings session) {
        this.input = input;
        this.width = width;
        this.height = height;
        this.graph = features.open(encoder, new long[] {1, input.height(height), input.width(width), 3}, weights, session);
    }

    /** The features of {@code frame}, {@code [h, w, C]}. */
    public FeatureMap encode(RgbFrame frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame is " + frame.sizeText() + ", encoder built for " + width + "x"
                    + height);
        }
        FeatureExtractor.Features f = graph.run(input.of(frame));
        long[] s = f.shape();
        return new FeatureMap((int) s[1], (int) s[2], (int) s[3], input.l2Normalize() ? f.normalized() : f.maps());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public void close() {
        graph.close();
    }
}
