package org.jaywalk.plugins.visualize;

/**
 * Principal component analysis fitted on one set of points (a logged batch's node embeddings): the directions of
 * largest variance. Each direction is a unit vector whose entry of largest magnitude is positive, so a colour keeps
 * its meaning from one logged step to the next while the directions do.
 *
 * @param mean the points' mean, {@code [D]}
 * @param components {@code [k][D]}: unit vectors, most variance first; zero vectors beyond the points' rank
 * @param variances {@code [k]}: the points' variance along each component
 */
record Pca(double[] mean, double[][] components, double[] variances) {

    /** Eigenvalues below this fraction of the largest count as zero. */
    private static final double RANK_TOLERANCE = 1e-10;

    /**
     * Fits {@code k} components to {@code points} ({@code [M][D]}): the eigenvectors of the D x D scatter matrix, or,
     * with fewer points than dimensions, those of the M x M Gram matrix mapped back to D dimensions.
     */
    static Pca fit(float[][] points, int k) {
        int m = points.length;
        int d = points[0].length;
        double[] mean = new double[d];
        for (float[] p : points) {
            for (int j = 0; j < d; j++) {
                mean[j] += p[j] / (double) m;
            }
        }
        double[][] x = new double[m][d]; // centred
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = points[i][j] - mean[j];
            }
        }
        double[][] components = new double[k][d];
        double[] variances = new double[k];
        boolean scatter = d <= m;
        SymmetricEigen eigen = SymmetricEigen.of(scatter ? products(transpose(x)) : products(x));
        double largest = Math.max(eigen.values()[0], 0);
        for (int c = 0; c < Math.min(k, eigen.values().length); c++) {
            double lambda = eigen.values()[c];
            if (lambda > RANK_TOLERANCE * largest && lambda > 0) {
                components[c] = signed(scatter ? eigen.vectors()[c] : fromGram(x, eigen.vectors()[c], lambda));
                variances[c] = lambda / m;
            }
        }
        return new Pca(mean, components, variances);
    }

    /** {@code [M][k]}: each point's coordinates along the components. */
    double[][] project(float[][] points) {
        double[][] out = new double[points.length][components.length];
        for (int i = 0; i < points.length; i++) {
            for (int c = 0; c < components.length; c++) {
                double sum = 0;
                for (int j = 0; j < mean.length; j++) {
                    sum += (points[i][j] - mean[j]) * components[c][j];
                }
                out[i][c] = sum;
            }
        }
        return out;
    }

    /** {@code rows rows^T}: the dot products of every pair of rows. */
    private static double[][] products(double[][] rows) {
        int n = rows.length;
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double sum = 0;
                for (int j = 0; j < rows[a].length; j++) {
                    sum += rows[a][j] * rows[b][j];
                }
                out[a][b] = sum;
                out[b][a] = sum;
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] x) {
        double[][] t = new double[x[0].length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                t[j][i] = x[i][j];
            }
        }
        return t;
    }

    /** The unit direction {@code x^T u / sqrt(lambda)} of an eigenvector u of the Gram matrix {@code x x^T}. */
    private static double[] fromGram(double[][] x, double[] u, double lambda) {
        double[] v = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < v.length; j++) {
                v[j] += x[i][j] * u[i] / Math.sqrt(lambda);
            }
        }
        return v;
    }

    /** {@code v} or {@code -v}: the one whose entry of largest magnitude is positive. */
    private static double[] signed(double[] v) {
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        double sign = v[largest] < 0 ? -1 : 1;
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = sign * v[j];
        }
        return out;
    }
}
