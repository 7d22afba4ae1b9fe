package org.jaywalk.plugins.davis;

/**
 * The one-pixel-wide boundary of a binary mask as DAVIS computes it ({@code _seg2bmap}): a pixel is on the
 * boundary when it differs from its east, south or south-east neighbour (outside the image counts as
 * background). In the last row only the east neighbour counts, in the last column only the south one, and the
 * bottom-right pixel is never on the boundary; so a mask touching the right or bottom border has no boundary
 * along that border.
 */
public final class BoundaryMap {

    private BoundaryMap() {
    }

    /** The boundary of {@code labels == object}, row-major. */
    public static boolean[] of(LabelImage labels, int object) {
        int w = labels.width();
        int h = labels.height();
        boolean[] b = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean s = in(labels, object, x, y);
                boolean east = in(labels, object, x + 1, y);
                boolean south = in(labels, object, x, y + 1);
                boolean lastRow = y == h - 1;
                boolean lastColumn = x == w - 1;
                boolean edge;
                if (lastRow && lastColumn) {
                    edge = false;
                } else if (lastColumn) {
                    edge = s != south;
                } else if (lastRow) {
                    edge = s != east;
                } else {
                    edge = s != east || s != south || s != in(labels, object, x + 1, y + 1);
                }
                b[y * w + x] = edge;
            }
        }
        return b;
    }

    private static boolean in(LabelImage labels, int object, int x, int y) {
        return x < labels.width() && y < labels.height() && labels.label(x, y) == object;
    }
}
