package org.jaywalk.framework.spi.eval;

/**
 * Test-time features of fixed-size batches of images: an encoder in eval mode (running batch-norm
 * statistics) with loaded weights, its maps L2-normalized over channels as videowalk's {@code test.py} uses
 * them. Opened through {@link TestTimeFeatures}; close it to free its graph and session.
 */
public interface FeatureExtractor extends AutoCloseable {

    /** Maps and normalized features of one batch, both {@code [n, h, w, C]} (NHWC, C order). */
    record Features(long[] shape, float[] maps, float[] normalized) {
    }

    /** @param nhwc normalized images {@code [n, H, W, 3]} in C order */
    Features run(float[] nhwc);

    @Override
    void close();
}
