package org.jaywalk.plugins.visualize;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * The frames of clips as pictures, from the model's input {@code [c, T, N*3, H, W]} (normalized, undone with
 * {@link Normalization#toByte}): with N = 1 each frame as it is; with N &gt; 1 its patches tiled on a
 * {@link NodeGrid} in node order (overlapping patches are shown side by side, as videowalk shows them).
 */
final class ClipFrames {

    private final HostArray clips;
    private final int frames;
    private final int patches;
    private final int height;
    private final int width;
    private final NodeGrid tiling;
    /** Each frame drawn once, on first use: {@code [clip][t]}. */
    private final BufferedImage[][] drawn;

    ClipFrames(HostArray clips) {
        long[] s = clips.shape();
        this.clips = clips;
        this.frames = (int) s[1];
        this.patches = (int) s[2] / 3;
        this.height = (int) s[3];
        this.width = (int) s[4];
        NodeGrid cells = NodeGrid.over(patches, width, height);
        this.tiling = new NodeGrid(cells.rows(), cells.cols(), cells.cols() * width, cells.rows() * height);
        this.drawn = new BufferedImage[(int) s[0]][frames];
    }

    /** Number of clips. */
    int clips() {
        return (int) clips.shape()[0];
    }

    /** Frames per clip, T. */
    int frames() {
        return frames;
    }

    /** The panel width of one frame. */
    int width() {
        return tiling.width();
    }

    /** The panel height of one frame. */
    int height() {
        return tiling.height();
    }

    /** Frame {@code t} of clip {@code clip} (do not draw on it). */
    BufferedImage frame(int clip, int t) {
        if (drawn[clip][t] == null) {
            drawn[clip][t] = draw(clip, t);
        }
        return drawn[clip][t];
    }

    private BufferedImage draw(int clip, int t) {
        BufferedImage panel = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        float[] values = (float[]) clips.data();
        int plane = height * width;
        for (int n = 0; n < patches; n++) {
            Rectangle at = tiling.cell(n);
            int start = ((clip * frames + t) * patches + n) * 3 * plane; // [3, H, W] of patch n
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = start + y * width + x;
                    int rgb = Normalization.toByte(values[i], 0) << 16 | Normalization.toByte(values[i + plane], 1) << 8
                            | Normalization.toByte(values[i + 2 * plane], 2);
                    panel.setRGB(at.x + x, at.y + y, rgb);
                }
            }
        }
        return panel;
    }

    /** The grid of {@code nodes} over a frame's panel (the patches, or the cells of a whole frame's feature map). */
    NodeGrid nodes(int nodes) {
        return nodes == patches ? tiling : NodeGrid.over(nodes, width(), height());
    }
}
