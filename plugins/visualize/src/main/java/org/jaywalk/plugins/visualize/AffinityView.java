package org.jaywalk.plugins.visualize;

import java.awt.image.BufferedImage;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * The affinities of frame 0's nodes (rows) to frame 1's (columns), the cosine similarities the first step's
 * transitions are the softmax of, as a heat map from -1 (dark) to 1 (yellow); one per clip, side by side. A
 * bright diagonal means each node's best match is the node at the same place.
 */
final class AffinityView {

    static final String NAME = "affinity";

    private AffinityView() {
    }

    /**
     * @param affinity {@code [c, N, N]}
     */
    static Picture draw(HostArray affinity) {
        long[] s = affinity.shape();
        int clips = (int) s[0];
        int n = (int) s[1];
        float[] values = affinity.floats();
        Sheet sheet = new Sheet(1, clips, n, n);
        for (int b = 0; b < clips; b++) {
            BufferedImage map = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    map.setRGB(col, row, Colormap.viridis((values[(b * n + row) * n + col] + 1) / 2));
                }
            }
            sheet.draw(0, b, map);
        }
        return sheet.finish(NAME);
    }
}
