package org.jaywalk.plugins.visualize;

import java.awt.image.BufferedImage;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * The first step of the walk as heat maps, frame 0's nodes in rows and frame 1's in columns: the affinities (the
 * cosine similarities of the embeddings, from -1 dark to 1 yellow) and, beside them when the walk exposes it, the
 * transition matrix the walker takes (their row softmax over the temperature, from 0 to 1). A bright diagonal
 * means each node's best match is the node at the same place; one clip per row.
 */
final class AffinityView {

    static final String NAME = "affinity";

    private AffinityView() {
    }

    /**
     * @param affinity {@code [c, N, N]}
     * @param transition {@code [c, N, N]} or null
     */
    static Picture draw(HostArray affinity, HostArray transition) {
        long[] s = affinity.shape();
        int clips = (int) s[0];
        int n = (int) s[1];
        Sheet sheet = new Sheet(clips, transition == null ? 1 : 2, n, n);
        for (int b = 0; b < clips; b++) {
            sheet.draw(b, 0, heatMap(affinity, b, -1));
            if (transition != null) {
                sheet.draw(b, 1, heatMap(transition, b, 0));
            }
        }
        return sheet.finish(NAME);
    }

    /** Clip {@code b}'s {@code N x N} matrix, values from {@code low} to 1 coloured dark to yellow. */
    private static BufferedImage heatMap(HostArray matrices, int b, double low) {
        int n = (int) matrices.shape()[1];
        float[] values = (float[]) matrices.data();
        BufferedImage map = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                map.setRGB(col, row, Colormap.viridis((values[(b * n + row) * n + col] - low) / (1 - low)));
            }
        }
        return map;
    }
}
