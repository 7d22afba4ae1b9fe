package org.jaywalk.plugins.davis;

/**
 * F, the contour accuracy of DAVIS ({@code db_eval_boundary} / {@code f_measure}): boundary precision and recall
 * of a predicted mask against the ground truth, where a boundary pixel matches if a boundary pixel of the other
 * mask lies within a disk of radius {@link #tolerance} (a pixel offset {@code (dx, dy)} with
 * {@code dx*dx + dy*dy <= r*r}, as {@code skimage.morphology.disk}). F is 1 when both boundaries are empty and
 * 0 when only one is.
 */
public final class BoundaryMeasure {

    /** The official {@code bound_th}: the tolerance as a fraction of the image diagonal. */
    public static final double BOUND_TH = 0.008;

    private BoundaryMeasure() {
    }

    /** The tolerance in pixels for a {@code width x height} image: {@code ceil(0.008 * diagonal)} (8 at 854x480). */
    public static int tolerance(int width, int height) {
        return (int) Math.ceil(BOUND_TH * Math.sqrt((double) width * width + (double) height * height));
    }

    /** F of one object: {@code prediction == object} against {@code gt == object}. */
    public static double of(LabelImage gt, LabelImage prediction, int object) {
        int w = gt.width();
        int h = gt.height();
        boolean[] predicted = BoundaryMap.of(prediction, object);
        boolean[] truth = BoundaryMap.of(gt, object);
        int r = tolerance(w, h);
        int[] halfWidths = diskHalfWidths(r);
        long nPredicted = count(predicted);
        long nTruth = count(truth);
        double precision;
        double recall;
        if (nPredicted == 0 && nTruth == 0) {
            precision = 1;
            recall = 1;
        } else if (nPredicted == 0) {
            precision = 1;
            recall = 0;
        } else if (nTruth == 0) {
            precision = 0;
            recall = 1;
        } else {
            precision = (double) matched(predicted, rowCounts(truth, w, h), w, h, r, halfWidths) / nPredicted;
            recall = (double) matched(truth, rowCounts(predicted, w, h), w, h, r, halfWidths) / nTruth;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** For each row offset {@code dy} in [-r, r] (index {@code dy + r}), the largest {@code dx} inside the disk. */
    static int[] diskHalfWidths(int r) {
        int[] half = new int[2 * r + 1];
        for (int dy = -r; dy <= r; dy++) {
            int dx = 0;
            while ((dx + 1) * (dx + 1) + dy * dy <= r * r) {
                dx++;
            }
            half[dy + r] = dx;
        }
        return half;
    }

    /** Pixels of {@code boundary} with a pixel of the other boundary (given by its row prefix counts) in the disk. */
    private static long matched(boolean[] boundary, int[] otherCounts, int w, int h, int r, int[] halfWidths) {
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (boundary[y * w + x] && anyWithin(otherCounts, w, h, x, y, r, halfWidths)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean anyWithin(int[] counts, int w, int h, int x, int y, int r, int[] halfWidths) {
        for (int dy = Math.max(-r, -y); dy <= Math.min(r, h - 1 - y); dy++) {
            int half = halfWidths[dy + r];
            int from = Math.max(0, x - half);
            int to = Math.min(w - 1, x + half);
            int row = (y + dy) * (w + 1);
            if (counts[row + to + 1] - counts[row + from] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Per row, the prefix counts of set pixels: {@code counts[y*(w+1) + x]} = set pixels in row y left of x. */
    private static int[] rowCounts(boolean[] map, int w, int h) {
        int[] counts = new int[h * (w + 1)];
        for (int y = 0; y < h; y++) {
            int base = y * (w + 1);
            for (int x = 0; x < w; x++) {
                counts[base + x + 1] = counts[base + x] + (map[y * w + x] ? 1 : 0);
            }
        }
        return counts;
    }

    private static long count(boolean[] map) {
        long n = 0;
        for (boolean b : map) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
