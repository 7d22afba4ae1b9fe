package org.jaywalk.plugins.visualize;

import org.jaywalk.framework.spi.io.HostArray;

/**
 * Each node's share of the cycle loss ({@link NodeCycleLoss}) over the frame it starts from, from 0 (dark: the
 * walk brings the node back) to {@code ln N} and above (yellow: no better than a uniform walk). Per clip, frame 0
 * and its loss map.
 */
final class CycleLossView {

    static final String NAME = "cycle_loss";

    private CycleLossView() {
    }

    /**
     * @param loss {@code [c, N]}
     */
    static Picture draw(ClipFrames frames, HostArray loss) {
        long[] s = loss.shape();
        int clips = (int) s[0];
        int n = (int) s[1];
        float[] values = loss.floats();
        double uniform = Math.log(Math.max(n, 2));
        NodeGrid grid = frames.nodes(n);
        Sheet sheet = new Sheet(clips, 2, frames.width(), frames.height());
        for (int b = 0; b < clips; b++) {
            int[] colours = new int[n];
            for (int node = 0; node < n; node++) {
                colours[node] = Colormap.viridis(values[b * n + node] / uniform);
            }
            sheet.draw(b, 0, frames.frame(b, 0));
            sheet.draw(b, 1, grid.paint(colours));
        }
        return sheet.finish(NAME);
    }
}
