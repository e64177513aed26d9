package com.backproplab.engine;

/**
 * Dense matrix kernels on flat row-major {@code double[]} in the course's column-per-example layout: a matrix
 * with r rows and m examples stores example j of row i at {@code i*m + j}, so every inner loop runs over the
 * batch, contiguously, in a form the JIT vectorizes. Nothing here allocates.
 */
final class Kernels {
    private Kernels() {
    }

    /** Z (n x m) = W (n x k) A (k x m) + b, b broadcast over columns. */
    static void affine(double[] w, double[] b, int n, int k, double[] a, int m, double[] z) {
        for (int i = 0; i < n; i++) {
            int zo = i * m;
            int wo = i * k;
            double bi = b[i];
            int p = 0;
            // Four input rows per pass: 5 loads and 1 store for 8 flops instead of 2 loads, 1 store for 2.
            if (k >= 4) {
                double w0 = w[wo], w1 = w[wo + 1], w2 = w[wo + 2], w3 = w[wo + 3];
                int a0 = 0, a1 = m, a2 = 2 * m, a3 = 3 * m;
                for (int j = 0; j < m; j++) {
                    z[zo + j] = bi + w0 * a[a0 + j] + w1 * a[a1 + j] + w2 * a[a2 + j] + w3 * a[a3 + j];
                }
                p = 4;
            } else {
                for (int j = 0; j < m; j++) {
                    z[zo + j] = bi;
                }
            }
            for (; p + 3 < k; p += 4) {
                double w0 = w[wo + p], w1 = w[wo + p + 1], w2 = w[wo + p + 2], w3 = w[wo + p + 3];
                int a0 = p * m, a1 = a0 + m, a2 = a1 + m, a3 = a2 + m;
                for (int j = 0; j < m; j++) {
                    z[zo + j] += w0 * a[a0 + j] + w1 * a[a1 + j] + w2 * a[a2 + j] + w3 * a[a3 + j];
                }
            }
            for (; p < k; p++) {
                double wp = w[wo + p];
                int ao = p * m;
                for (int j = 0; j < m; j++) {
                    z[zo + j] += wp * a[ao + j];
                }
            }
        }
    }

    /** dW (n x k) = scale * dZ (n x m) A^T (A is k x m); db (n) = scale * row sums of dZ. */
    static void weightGradient(double[] dz, double[] a, int n, int k, int m, double scale, double[] dw, double[] db) {
        for (int i = 0; i < n; i++) {
            int zo = i * m;
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += dz[zo + j];
            }
            db[i] = s * scale;
            int p = 0;
            // Four dot products share each load of dZ's row; independent sums keep the FP pipes busy.
            for (; p + 3 < k; p += 4) {
                int a0 = p * m, a1 = a0 + m, a2 = a1 + m, a3 = a2 + m;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int j = 0; j < m; j++) {
                    double d = dz[zo + j];
                    s0 += d * a[a0 + j];
                    s1 += d * a[a1 + j];
                    s2 += d * a[a2 + j];
                    s3 += d * a[a3 + j];
                }
                int wo = i * k + p;
                dw[wo] = s0 * scale;
                dw[wo + 1] = s1 * scale;
                dw[wo + 2] = s2 * scale;
                dw[wo + 3] = s3 * scale;
            }
            for (; p < k; p++) {
                int ao = p * m;
                double s0 = 0;
                for (int j = 0; j < m; j++) {
                    s0 += dz[zo + j] * a[ao + j];
                }
                dw[i * k + p] = s0 * scale;
            }
        }
    }

    /** dA (k x m) = W^T (W is n x k) dZ (n x m). */
    static void backpropagate(double[] w, double[] dz, int n, int k, int m, double[] da) {
        for (int p = 0; p < k; p++) {
            int ao = p * m;
            int i = 0;
            if (n >= 4) {
                double w0 = w[p], w1 = w[k + p], w2 = w[2 * k + p], w3 = w[3 * k + p];
                int z1 = m, z2 = 2 * m, z3 = 3 * m;
                for (int j = 0; j < m; j++) {
                    da[ao + j] = w0 * dz[j] + w1 * dz[z1 + j] + w2 * dz[z2 + j] + w3 * dz[z3 + j];
                }
                i = 4;
            } else {
                for (int j = 0; j < m; j++) {
                    da[ao + j] = 0.0;
                }
            }
            for (; i + 3 < n; i += 4) {
                double w0 = w[i * k + p], w1 = w[(i + 1) * k + p], w2 = w[(i + 2) * k + p], w3 = w[(i + 3) * k + p];
                int z0 = i * m, z1 = z0 + m, z2 = z1 + m, z3 = z2 + m;
                for (int j = 0; j < m; j++) {
                    da[ao + j] += w0 * dz[z0 + j] + w1 * dz[z1 + j] + w2 * dz[z2 + j] + w3 * dz[z3 + j];
                }
            }
            for (; i < n; i++) {
                double wi = w[i * k + p];
                int zo = i * m;
                for (int j = 0; j < m; j++) {
                    da[ao + j] += wi * dz[zo + j];
                }
            }
        }
    }

    /** Sum of squares of x[0..n). */
    static double sumSquares(double[] x, int n) {
        double s0 = 0, s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += x[i] * x[i];
            s1 += x[i + 1] * x[i + 1];
        }
        if (i < n) {
            s0 += x[i] * x[i];
        }
        return s0 + s1;
    }

    /** Sum of |x| over x[0..n). */
    static double sumAbs(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs(x[i]);
        }
        return s;
    }
}
