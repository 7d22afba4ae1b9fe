package org.jaywalk.plugins.visualize;

import org.jaywalk.framework.spi.io.HostArray;

/**
 * The node embeddings as colours: the first three principal components of every node of every drawn frame
 * (fitted on this step's nodes), each rescaled to [0, 1] over them, as red, green and blue. Nodes the model
 * finds alike get alike colours, so an object that keeps its colour from frame to frame is one the walk can
 * follow. Per clip, a row of its frames and below it a row of their PCA maps.
 */
final class PcaView {

    static final String NAME = "pca";
    private static final int COMPONENTS = 3;

    private PcaView() {
    }

    /**
     * @param embeddings {@code [c, D, T, N]}
     */
    static Picture draw(ClipFrames frames, HostArray embeddings) {
        long[] s = embeddings.shape();
        int clips = (int) s[0];
        int d = (int) s[1];
        int t = (int) s[2];
        int n = (int) s[3];
        float[] values = embeddings.floats();
        float[][] points = new float[clips * t * n][d]; // point (b, f, node) at (b * t + f) * n + node
        for (int b = 0; b < clips; b++) {
            for (int j = 0; j < d; j++) {
                for (int f = 0; f < t; f++) {
                    for (int node = 0; node < n; node++) {
                        points[(b * t + f) * n + node][j] = values[((b * d + j) * t + f) * n + node];
                    }
                }
            }
        }
        int[] colours = colours(Pca.fit(points, COMPONENTS).project(points));
        NodeGrid grid = frames.nodes(n);
        Sheet sheet = new Sheet(2 * clips, t, frames.width(), frames.height());
        for (int b = 0; b < clips; b++) {
            for (int f = 0; f < t; f++) {
                int[] frame = new int[n];
                System.arraycopy(colours, (b * t + f) * n, frame, 0, n);
                sheet.draw(2 * b, f, frames.frame(b, f));
                sheet.draw(2 * b + 1, f, grid.paint(frame));
            }
        }
        return sheet.finish(NAME);
    }

    /** {@code 0xRRGGBB} per point: components 1, 2, 3 rescaled to [0, 255] over all points. */
    static int[] colours(double[][] coordinates) {
        int[] rgb = new int[coordinates.length];
        for (int c = 0; c < COMPONENTS; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] p : coordinates) {
                min = Math.min(min, p[c]);
                max = Math.max(max, p[c]);
            }
            double range = max - min;
            for (int i = 0; i < rgb.length; i++) {
                int level = range > 0 ? (int) Math.round(255 * (coordinates[i][c] - min) / range) : 128;
                rgb[i] |= level << (16 - 8 * c);
            }
        }
        return rgb;
    }
}
