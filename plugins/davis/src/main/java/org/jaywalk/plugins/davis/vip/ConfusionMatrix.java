package org.jaywalk.plugins.davis.vip;

import org.jaywalk.plugins.davis.DavisDataException;
import org.jaywalk.plugins.davis.LabelImage;
import org.jaywalk.plugins.davis.NumpySum;
import org.jaywalk.plugins.davis.PillowNearestResize;

/**
 * Pixel counts of ground truth against prediction and the scores videowalk's {@code eval/eval_vip.py} derives from
 * them: a prediction of another size is first resized to the ground truth's with Pillow's nearest neighbour; pixels
 * whose ground truth is not below {@code classes} are ignored (VIP's 255); a pixel counts at the flat index
 * {@code classes * truth + prediction} of the {@code classes x classes} matrix (rows = ground truth), as
 * {@code np.bincount} places it. Scores pool every pixel of every frame added; means are NaN-skipping in NumPy's
 * summation order.
 */
public final class ConfusionMatrix {

    private final int classes;
    private final long[] counts;

    public ConfusionMatrix(int classes) {
        this.classes = classes;
        this.counts = new long[classes * classes];
    }

    public int classes() {
        return classes;
    }

    /** Counts one frame. */
    public void add(LabelImage truth, LabelImage predicted, String what) {
        LabelImage p = predicted.sameSize(truth) ? predicted
                : PillowNearestResize.resize(predicted, truth.width(), truth.height());
        for (int i = 0; i < truth.size(); i++) {
            int t = truth.label(i);
            if (t >= classes) {
                continue;
            }
            int flat = classes * t + p.label(i);
            if (flat >= counts.length) {
                throw new DavisDataException(what + ": predicted label " + p.label(i) + " at pixel " + i
                        + " is outside the " + classes + " classes");
            }
            counts[flat]++;
        }
    }

    /** Adds another matrix's counts. */
    public void add(ConfusionMatrix other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** Pixels of ground-truth class {@code t} predicted as {@code p}. */
    public long count(int t, int p) {
        return counts[t * classes + p];
    }

    public double overallAccuracy() {
        long diagonal = 0;
        long total = 0;
        for (int c = 0; c < classes; c++) {
            diagonal += count(c, c);
            total += row(c);
        }
        return (double) diagonal / total;
    }

    /** Per class: correct pixels over its ground-truth pixels (NaN if none). */
    public double[] classAccuracy() {
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) {
            out[c] = (double) count(c, c) / row(c);
        }
        return out;
    }

    public double meanAccuracy() {
        return NumpySum.nanMean(classAccuracy());
    }

    /** Per class: intersection over union (NaN if neither predicted nor in the ground truth). */
    public double[] iou() {
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) {
            out[c] = (double) count(c, c) / (row(c) + column(c) - count(c, c));
        }
        return out;
    }

    public double meanIou() {
        return NumpySum.nanMean(iou());
    }

    /** Frequency-weighted IoU over the classes present in the ground truth. */
    public double frequencyWeightedIou() {
        long total = 0;
        for (int c = 0; c < classes; c++) {
            total += row(c);
        }
        double[] iou = iou();
        double[] terms = new double[classes];
        int n = 0;
        for (int c = 0; c < classes; c++) {
            double freq = (double) row(c) / total;
            if (freq > 0) {
                terms[n++] = freq * iou[c];
            }
        }
        return NumpySum.sum(java.util.Arrays.copyOf(terms, n));
    }

    private long row(int t) {
        long sum = 0;
        for (int p = 0; p < classes; p++) {
            sum += count(t, p);
        }
        return sum;
    }

    private long column(int p) {
        long sum = 0;
        for (int t = 0; t < classes; t++) {
            sum += count(t, p);
        }
        return sum;
    }
}
