package org.jaywalk.plugins.davis.jhmdb;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.plugins.davis.NumpySum;

/**
 * PCK as videowalk's {@code eval/eval_pck.py} computes it. A joint of a frame is scored when its prediction exists
 * (x >= 0), frame 0 excepted; its distance to the ground truth is divided by the frame's box, 0.6 times the diagonal
 * of the bounding box of the ground truth of the scored joints; {@code PCK_j(alpha)} is the percentage of joint
 * {@code j}'s entries (pooled over all sequences) within {@code alpha}, and PCK the plain mean of the per-joint
 * values. Norms are {@code sqrt(fma(ey, ey, ex * ex))}, as NumPy's (OpenBLAS) computes them.
 *
 * <p>With {@code reference = true} the script's bugs are kept, to reproduce its numbers: predictions are scaled to
 * pixels in float32 by a hard-coded 40 cells ({@code feat_res}, right only for a 320-pixel crop); the box's maximum
 * starts at -1, so a frame whose scored ground truth lies entirely below -1 in x or y gets a wrong box. Otherwise
 * (what the paper intends) predictions are scaled in double by the real feature grid and the box is the true one.
 */
public final class Pck {

    /** The thresholds eval_pck.py prints. */
    public static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5};
    private static final int REFERENCE_GRID = 40;

    private final boolean reference;
    private final List<List<Double>> distances = new ArrayList<>();

    /** @param reference whether to reproduce eval_pck.py's numbers (bugs included) */
    public Pck(boolean reference) {
        this.reference = reference;
    }

    /** Scores one sequence; returns its normalized distances {@code [J][T]} (NaN where not scored). */
    public double[][] add(PoseSequence s) {
        int joints = s.joints();
        int frames = s.frames();
        while (distances.size() < joints) {
            distances.add(new ArrayList<>());
        }
        double[][] px = pixels(s);
        double[][] dnorm = new double[joints][frames];
        for (int k = 0; k < frames; k++) {
            double box = box(s, k);
            for (int j = 0; j < joints; j++) {
                dnorm[j][k] = Double.NaN;
                if (!visible(s, j, k) || k == 0) {
                    continue;
                }
                double d = norm(px[0][j * frames + k] - s.truth()[0][j][k], px[1][j * frames + k] - s.truth()[1][j][k]);
                dnorm[j][k] = d / box;
                distances.get(j).add(dnorm[j][k]);
            }
        }
        return dnorm;
    }

    /** {@code PCK_j(alpha)} per joint, in percent (NaN for a joint with no entry). */
    public double[] perJoint(double alpha) {
        double[] out = new double[distances.size()];
        for (int j = 0; j < out.length; j++) {
            List<Double> d = distances.get(j);
            long correct = d.stream().filter(v -> v <= alpha).count();
            out[j] = 100.0 * correct / d.size();
        }
        return out;
    }

    /** PCK(alpha): the mean of the per-joint values, in NumPy's summation order. */
    public double mean(double alpha) {
        return NumpySum.mean(perJoint(alpha));
    }

    /** Scored entries per joint. */
    public int[] entries() {
        return distances.stream().mapToInt(List::size).toArray();
    }

    private static boolean visible(PoseSequence s, int j, int k) {
        return s.predicted()[0][j][k] >= 0;
    }

    /** The predictions in pixels, {@code [2][J * T]} (joint-major). */
    private double[][] pixels(PoseSequence s) {
        int joints = s.joints();
        int frames = s.frames();
        double[][] out = new double[2][joints * frames];
        for (int j = 0; j < joints; j++) {
            for (int k = 0; k < frames; k++) {
                float x = s.predicted()[0][j][k];
                float y = s.predicted()[1][j][k];
                if (reference) {
                    out[0][j * frames + k] = (x / (float) REFERENCE_GRID) * (float) s.width();
                    out[1][j * frames + k] = (y / (float) REFERENCE_GRID) * (float) s.height();
                } else {
                    out[0][j * frames + k] = (double) x / s.gridWidth() * s.width();
                    out[1][j * frames + k] = (double) y / s.gridHeight() * s.height();
                }
            }
        }
        return out;
    }

    /** Frame {@code k}'s normaliser: 0.6 times the diagonal of the scored joints' ground-truth box. */
    private double box(PoseSequence s, int k) {
        double minx = 1e6;
        double miny = 1e6;
        double maxx = reference ? -1 : Double.NEGATIVE_INFINITY;
        double maxy = reference ? -1 : Double.NEGATIVE_INFINITY;
        if (!reference) {
            minx = Double.POSITIVE_INFINITY;
            miny = Double.POSITIVE_INFINITY;
        }
        for (int j = 0; j < s.joints(); j++) {
            if (!visible(s, j, k)) {
                continue;
            }
            minx = Math.min(minx, s.truth()[0][j][k]);
            miny = Math.min(miny, s.truth()[1][j][k]);
            maxx = Math.max(maxx, s.truth()[0][j][k]);
            maxy = Math.max(maxy, s.truth()[1][j][k]);
        }
        return 0.6 * norm(maxx - minx, maxy - miny);
    }

    /** {@code numpy.linalg.norm} of a 2-vector as run for the reference: {@code sqrt(fma(y, y, x * x))}. */
    static double norm(double x, double y) {
        return Math.sqrt(Math.fma(y, y, x * x));
    }
}
