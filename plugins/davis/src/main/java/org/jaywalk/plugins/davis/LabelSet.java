package org.jaywalk.plugins.davis;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The labels of a first-frame mask, as videowalk's {@code code/data/vos.py} turns them into propagation
 * channels: one channel per label present in frame 0 (the background included), one-hot at full resolution,
 * then resized to the feature grid with {@link OpenCvLinearResize}; predictions come back through the same resize
 * (to the frame size) and an argmax.
 *
 * <p>Channels are in increasing label order. vos.py orders them by the BGR colour of the labels' palette
 * entries, which for the DAVIS palette is the same order for labels 0..7; the order matters only for exact ties
 * in the argmax.
 */
public final class LabelSet {

    private final int[] labels;
    private final int[] channelOfLabel = new int[256];

    private LabelSet(int[] labels) {
        this.labels = labels;
        Arrays.fill(channelOfLabel, -1);
        for (int c = 0; c < labels.length; c++) {
            channelOfLabel[labels[c]] = c;
        }
    }

    /** The labels present in {@code firstMask}, in increasing order. */
    public static LabelSet of(LabelImage firstMask) {
        boolean[] present = new boolean[256];
        for (int i = 0; i < firstMask.size(); i++) {
            present[firstMask.label(i)] = true;
        }
        return new LabelSet(IntStream.range(0, 256).filter(l -> present[l]).toArray());
    }

    /** Labels {@code 0 .. n-1} as channels {@code 0 .. n-1} (e.g. {@link Texture}'s stripes). */
    public static LabelSet indices(int n) {
        return new LabelSet(IntStream.range(0, n).toArray());
    }

    /** Number of channels. */
    public int size() {
        return labels.length;
    }

    /** The label of channel {@code c}. */
    public int label(int c) {
        return labels[c];
    }

    /** {@code mask} one-hot ({@code [H, W, L]}) and resized to {@code [h, w, L]}: the propagation's frame-0 labels. */
    public SoftLabels encode(LabelImage mask, int h, int w) {
        int n = labels.length;
        float[] oneHot = new float[mask.size() * n];
        for (int i = 0; i < mask.size(); i++) {
            int c = channelOfLabel[mask.label(i)];
            if (c < 0) {
                throw new IllegalArgumentException("label " + mask.label(i) + " is not in this label set");
            }
            oneHot[i * n + c] = 1;
        }
        return new SoftLabels(h, w, n, OpenCvLinearResize.resize(oneHot, mask.height(), mask.width(), n, h, w));
    }

    /** Soft labels resized to {@code width x height} and reduced to the label of their largest channel (first on ties). */
    public LabelImage decode(SoftLabels soft, int width, int height) {
        int n = labels.length;
        float[] full = OpenCvLinearResize.resize(soft.data(), soft.height(), soft.width(), n, height, width);
        byte[] out = new byte[width * height];
        for (int i = 0; i < out.length; i++) {
            int best = 0;
            for (int c = 1; c < n; c++) {
                if (full[i * n + c] > full[i * n + best]) {
                    best = c;
                }
            }
            out[i] = (byte) labels[best];
        }
        return new LabelImage(width, height, out);
    }
}
