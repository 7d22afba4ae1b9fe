package org.jaywalk.plugins.visualize;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A picture made of equal tiles on a grid ({@code rows x cols}, a small gap between them), each tile drawn
 * enlarged by a whole factor so small patches stay visible; {@link #at} maps a point of a tile to the sheet.
 */
final class Sheet {

    /** Tiles are enlarged until their longer side reaches this many pixels. */
    static final int MIN_TILE = 96;
    private static final int GAP = 2;
    private static final Color BACKGROUND = new Color(0x20, 0x20, 0x20);

    private final int tileWidth;
    private final int tileHeight;
    private final int scale;
    private final BufferedImage image;
    private final Graphics2D graphics;

    /** A sheet of {@code rows x cols} tiles of {@code tileWidth x tileHeight} pixels before enlarging. */
    Sheet(int rows, int cols, int tileWidth, int tileHeight) {
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        this.scale = Math.max(1, (MIN_TILE + Math.max(tileWidth, tileHeight) - 1) / Math.max(tileWidth, tileHeight));
        this.image = new BufferedImage(cols * (tileWidth * scale + GAP) - GAP, rows * (tileHeight * scale + GAP) - GAP,
                BufferedImage.TYPE_INT_RGB);
        this.graphics = image.createGraphics();
        graphics.setColor(BACKGROUND);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    /** Draws {@code tile} (its size the sheet's tile size) enlarged, nearest neighbour, at (row, col). */
    void draw(int row, int col, BufferedImage tile) {
        Point2D origin = at(row, col, new Point2D.Double(0, 0));
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        graphics.drawImage(tile, (int) origin.getX(), (int) origin.getY(), tileWidth * scale, tileHeight * scale, null);
    }

    /** Where the point {@code inTile} (tile pixels) of tile (row, col) lies on the sheet. */
    Point2D at(int row, int col, Point2D inTile) {
        return new Point2D.Double(col * (tileWidth * scale + GAP) + inTile.getX() * scale,
                row * (tileHeight * scale + GAP) + inTile.getY() * scale);
    }

    /** The enlargement factor of the tiles. */
    int scale() {
        return scale;
    }

    /** Antialiased graphics to draw over the tiles, in sheet pixels. */
    Graphics2D overlay() {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return graphics;
    }

    /** The finished picture; the sheet is not used afterwards. */
    Picture finish(String name) {
        graphics.dispose();
        return new Picture(name, image);
    }
}
