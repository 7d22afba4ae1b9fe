package org.jaywalk.plugins.visualize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * Where the walk takes a few query nodes of frame 0: in each later frame the node a walker from the query most
 * likely is (the argmax of the chained transitions), drawn as dots joined frame to frame; on frame 0 a square
 * marks where the palindrome (forward to the last frame and back) most likely returns it. A square around the
 * query's own dot is a cycle the loss counts as right. Per clip, a row of its frames.
 */
final class PathView {

    static final String NAME = "paths";
    private static final Color[] PALETTE = {new Color(0xE6194B), new Color(0x42D4F4), new Color(0xFFE119),
        new Color(0xF032E6), new Color(0x3CB44B), new Color(0xF58231), new Color(0xFFFFFF), new Color(0x4363D8)};

    private PathView() {
    }

    /**
     * @param paths {@code [c, k+1, N]}: {@link ArgmaxPaths#along}, as floats
     * @param returns {@code [c, N]}: {@link ArgmaxPaths#returns}, as floats; null when the walk has no way back
     * @param queries how many query nodes, spread over the frame
     */
    static Picture draw(ClipFrames frames, HostArray paths, HostArray returns, int queries) {
        long[] s = paths.shape();
        int clips = (int) s[0];
        int steps = (int) s[1];
        int n = (int) s[2];
        float[] path = paths.floats();
        float[] back = returns == null ? null : returns.floats();
        NodeGrid grid = frames.nodes(n);
        Sheet sheet = new Sheet(clips, steps, frames.width(), frames.height());
        for (int b = 0; b < clips; b++) {
            for (int f = 0; f < steps; f++) {
                sheet.draw(b, f, frames.frame(b, f));
            }
        }
        Graphics2D g = sheet.overlay();
        Rectangle cell = grid.cell(0);
        double radius = Math.max(3, Math.min(cell.width, cell.height) * sheet.scale() / 6.0);
        g.setStroke(new BasicStroke((float) Math.max(1.5, radius / 2.5)));
        int[] nodes = queryNodes(n, queries);
        for (int b = 0; b < clips; b++) {
            for (int i = 0; i < nodes.length; i++) {
                g.setColor(PALETTE[i % PALETTE.length]);
                Point2D previous = null;
                for (int f = 0; f < steps; f++) {
                    Point2D dot = sheet.at(b, f, grid.center((int) path[(b * steps + f) * n + nodes[i]]));
                    if (previous != null) {
                        g.draw(new Line2D.Double(previous, dot));
                    }
                    g.fill(new Ellipse2D.Double(dot.getX() - radius, dot.getY() - radius, 2 * radius, 2 * radius));
                    previous = dot;
                }
            }
            for (int i = 0; back != null && i < nodes.length; i++) { // on top of every path
                g.setColor(PALETTE[i % PALETTE.length]);
                Point2D home = sheet.at(b, 0, grid.center((int) back[b * n + nodes[i]]));
                double half = 1.8 * radius;
                g.draw(new Rectangle2D.Double(home.getX() - half, home.getY() - half, 2 * half, 2 * half));
            }
        }
        return sheet.finish(NAME);
    }

    /** {@code count} nodes spread evenly over {@code n} (all of them when {@code count >= n}). */
    static int[] queryNodes(int n, int count) {
        int k = Math.min(n, count);
        int[] nodes = new int[k];
        for (int i = 0; i < k; i++) {
            nodes[i] = (int) ((i + 0.5) * n / k);
        }
        return nodes;
    }
}
