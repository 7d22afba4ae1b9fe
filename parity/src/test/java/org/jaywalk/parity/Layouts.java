package org.jaywalk.parity;

/** NCHW (PyTorch) and NHWC (graph) reorderings of image batches. */
final class Layouts {

    private Layouts() {
    }

    /** {@code [n, C, H, W]} -> {@code [n, H, W, C]}. */
    static float[] nchwToNhwc(float[] x, int[] nchw) {
        int n = nchw[0], c = nchw[1], h = nchw[2], w = nchw[3];
        float[] out = new float[x.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                for (int y = 0; y < h; y++) {
                    for (int z = 0; z < w; z++) {
                        out[((i * h + y) * w + z) * c + k] = x[((i * c + k) * h + y) * w + z];
                    }
                }
            }
        }
        return out;
    }

    /** {@code [n, H, W, C]} -> {@code [n, C, H, W]}. */
    static float[] nhwcToNchw(float[] x, long[] nhwc) {
        return Precision.narrow(nhwcToNchw(Precision.widen(x), nhwc));
    }

    /** {@code [n, H, W, C]} -> {@code [n, C, H, W]}. */
    static double[] nhwcToNchw(double[] x, long[] nhwc) {
        int n = (int) nhwc[0], h = (int) nhwc[1], w = (int) nhwc[2], c = (int) nhwc[3];
        double[] out = new double[x.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                for (int y = 0; y < h; y++) {
                    for (int z = 0; z < w; z++) {
                        out[((i * c + k) * h + y) * w + z] = x[((i * h + y) * w + z) * c + k];
                    }
                }
            }
        }
        return out;
    }
}
