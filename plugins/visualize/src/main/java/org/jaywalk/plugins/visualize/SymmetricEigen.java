package org.jaywalk.plugins.visualize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The eigenvalues and unit eigenvectors of a real symmetric matrix, by cyclic Jacobi rotations (exact to rounding,
 * for the small matrices PCA of a logged batch needs).
 *
 * @param values the eigenvalues, largest first
 * @param vectors {@code vectors[k]} the unit eigenvector of {@code values[k]}
 */
record SymmetricEigen(double[] values, double[][] vectors) {

    private static final int MAX_SWEEPS = 100;

    /** Decomposes {@code symmetric} (n x n; only read, not changed). */
    static SymmetricEigen of(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = Arrays.stream(symmetric).map(double[]::clone).toArray(double[][]::new);
        double[][] v = new double[n][n]; // columns: the eigenvectors
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        double scale = Arrays.stream(a).flatMapToDouble(Arrays::stream).map(x -> x * x).sum();
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-30 * scale; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -a[i][i]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = a[order[k]][order[k]];
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][order[k]];
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** {@code A <- J^T A J}, {@code V <- V J} with the rotation J in the (p, q) plane that zeroes {@code A[p][q]}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        rotateColumns(a, p, q, c, s);
        double[] rowP = a[p];
        double[] rowQ = a[q];
        for (int k = 0; k < rowP.length; k++) { // rows p and q
            double pk = rowP[k];
            double qk = rowQ[k];
            rowP[k] = c * pk - s * qk;
            rowQ[k] = s * pk + c * qk;
        }
        rotateColumns(v, p, q, c, s);
    }

    /** {@code M <- M J}: columns p and q rotated by (c, s). */
    private static void rotateColumns(double[][] m, int p, int q, double c, double s) {
        for (double[] row : m) {
            double kp = row[p];
            double kq = row[q];
            row[p] = c * kp - s * kq;
            row[q] = s * kp + c * kq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int p = 0; p < a.length; p++) {
            for (int q = p + 1; q < a.length; q++) {
                sum += a[p][q] * a[p][q];
            }
        }
        return sum;
    }
}
