package org.jaywalk.plugins.davis;

/**
 * {@code cv2.resize(labels, (dw, dh), interpolation=cv2.INTER_NEAREST)}: destination pixel {@code x} takes source
 * column {@code min(floor(x * (1 / (dw / sw))), sw - 1)}, rows alike (double arithmetic as OpenCV's).
 */
public final class NearestResize {

    private NearestResize() {
    }

    /** {@code labels} resized to {@code width x height}. */
    public static LabelImage resize(LabelImage labels, int width, int height) {
        return labels.sample(taps(labels.width(), width), taps(labels.height(), height));
    }

    private static int[] taps(int source, int destination) {
        double inverse = 1.0 / ((double) destination / source);
        int[] taps = new int[destination];
        for (int i = 0; i < destination; i++) {
            taps[i] = Math.min((int) Math.floor(i * inverse), source - 1);
        }
        return taps;
    }
}
