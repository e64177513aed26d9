package com.backproplab.training;

/**
 * Reads the two coordinates of {@link HiddenSpace} from a last hidden layer of k units. With k > 2: u along the
 * output unit's weights w = W[L], v along the direction of largest variance of the points' activations across w
 * (the top eigenvector of their covariance, with w projected out, by power iteration); with w = 0 the first two
 * principal components. Both about the points' mean. The directions keep their sign from one refresh to the next
 * (a flipped eigenvector would mirror the picture), so the view does not jump. Owned by the trainer thread.
 */
final class HiddenProjection {
    private static final int ITERATIONS = 200;
    private static final double CONVERGED = 1e-12;

    /** The directions of the last refresh, for their signs and as the iteration's start. */
    private double[] lastFirst, lastSecond;

    /** The projection of k > 2 units: {e1, e2, mean} and whether e1 is w's direction. */
    record Axes(double[] e1, double[] e2, double[] mean, boolean alongOutput) {
    }

    /**
     * The axes of activations {@code h[i][j]} (unit i, point j; the first {@code n} columns are the points, which
     * alone set the mean and the spread) for output weights {@code w}.
     */
    Axes axes(double[][] h, int n, double[] w) {
        int k = w.length;
        double[] mean = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += h[i][j];
            }
            mean[i] = n == 0 ? 0 : s / n;
        }
        double[][] cov = covariance(h, n, mean);
        double norm = Math.sqrt(dot(w, w));
        boolean along = norm > 0 && Double.isFinite(norm);
        double[] e1;
        if (along) {
            e1 = new double[k];
            for (int i = 0; i < k; i++) {
                e1[i] = w[i] / norm;
            }
        } else {
            e1 = top(cov, null, lastFirst);
            e1 = keepSign(e1, lastFirst);
        }
        double[] e2 = keepSign(top(cov, e1, lastSecond), lastSecond);
        lastFirst = e1;
        lastSecond = e2;
        return new Axes(e1, e2, mean, along);
    }

    /** (1/n) sum over the points of (h - mean)(h - mean)^T. */
    private static double[][] covariance(double[][] h, int n, double[] mean) {
        int k = mean.length;
        double[][] c = new double[k][k];
        double[] r = new double[k];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < k; i++) {
                r[i] = h[i][j] - mean[i];
            }
            for (int i = 0; i < k; i++) {
                double ri = r[i];
                double[] row = c[i];
                for (int q = 0; q <= i; q++) {
                    row[q] += ri * r[q];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int q = 0; q <= i; q++) {
                c[i][q] /= Math.max(1, n);
                c[q][i] = c[i][q];
            }
        }
        return c;
    }

    /**
     * The unit eigenvector of the largest eigenvalue of {@code c} orthogonal to {@code away} (may be null), by power
     * iteration from {@code start} when it fits; any unit vector orthogonal to {@code away} when c is 0 there.
     */
    static double[] top(double[][] c, double[] away, double[] start) {
        int k = c.length;
        double[] x = new double[k];
        if (start != null && start.length == k) {
            System.arraycopy(start, 0, x, 0, k);
        }
        // A start with a little of every direction, so no eigenvector is missed by a start orthogonal to it.
        for (int i = 0; i < k; i++) {
            x[i] += 1e-3 * (1.0 + i) / k;
        }
        if (!orthonormalize(x, away)) {
            return basisAwayFrom(k, away);
        }
        double[] y = new double[k];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < k; i++) {
                y[i] = dot(c[i], x);
            }
            if (!orthonormalize(y, away)) {
                return x; // c is 0 across away: every direction is as good
            }
            double change = 0;
            for (int i = 0; i < k; i++) {
                change += (y[i] - x[i]) * (y[i] - x[i]);
            }
            double[] t = x;
            x = y;
            y = t;
            if (change < CONVERGED) {
                break;
            }
        }
        return x;
    }

    /** Removes x's component along {@code away} and scales it to length 1; false when nothing is left. */
    private static boolean orthonormalize(double[] x, double[] away) {
        if (away != null) {
            double d = dot(x, away);
            for (int i = 0; i < x.length; i++) {
                x[i] -= d * away[i];
            }
        }
        double len = Math.sqrt(dot(x, x));
        if (!(len > 1e-150) || !Double.isFinite(len)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= len;
        }
        return true;
    }

    /** The first basis vector that keeps some length once {@code away} is projected out, normalized. */
    private static double[] basisAwayFrom(int k, double[] away) {
        for (int b = 0; b < k; b++) {
            double[] e = new double[k];
            e[b] = 1;
            if (orthonormalize(e, away) && (away == null || Math.abs(dot(e, away)) < 1e-9)) {
                return e;
            }
        }
        double[] e = new double[k];
        e[0] = 1;
        return e;
    }

    /** {@code e} or -e, whichever points the way {@code last} did. */
    private static double[] keepSign(double[] e, double[] last) {
        if (last != null && last.length == e.length && dot(e, last) < 0) {
            for (int i = 0; i < e.length; i++) {
                e[i] = -e[i];
            }
        }
        return e;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
