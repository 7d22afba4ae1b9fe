package org.jaywalk.plugins.visualize;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Where the nodes of a frame lie on its picture: {@code rows x cols} cells of a {@code width x height} panel,
 * node n in row {@code n / cols}, column {@code n % cols} (row-major, as the framework orders patches and
 * feature-map cells).
 */
record NodeGrid(int rows, int cols, int width, int height) {

    /**
     * The grid of {@code nodes} cells over a {@code width x height} panel whose cells are closest to square: rows
     * the divisor of {@code nodes} nearest {@code sqrt(nodes * height / width)} (a square grid for a square frame).
     */
    static NodeGrid over(int nodes, int width, int height) {
        double ideal = Math.sqrt(nodes * (double) height / width);
        int rows = 1;
        for (int r = 1; r <= nodes; r++) {
            if (nodes % r == 0 && Math.abs(r - ideal) < Math.abs(rows - ideal)) {
                rows = r;
            }
        }
        return new NodeGrid(rows, nodes / rows, width, height);
    }

    /** Number of nodes. */
    int nodes() {
        return rows * cols;
    }

    /** Node n's cell, in panel pixels. */
    Rectangle cell(int n) {
        int row = n / cols;
        int col = n % cols;
        int x0 = col * width / cols;
        int y0 = row * height / rows;
        return new Rectangle(x0, y0, (col + 1) * width / cols - x0, (row + 1) * height / rows - y0);
    }

    /** The centre of node n's cell, in panel pixels. */
    Point2D center(int n) {
        Rectangle cell = cell(n);
        return new Point2D.Double(cell.getCenterX(), cell.getCenterY());
    }

    /** A panel with each node's cell filled with its colour ({@code rgb[n]}, {@code 0xRRGGBB}). */
    BufferedImage paint(int[] rgb) {
        BufferedImage panel = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int n = 0; n < nodes(); n++) {
            Rectangle cell = cell(n);
            for (int y = cell.y; y < cell.y + cell.height; y++) {
                for (int x = cell.x; x < cell.x + cell.width; x++) {
                    panel.setRGB(x, y, rgb[n]);
                }
            }
        }
        return panel;
    }
}
