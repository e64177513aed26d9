package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dense matrix kernels on flat row-major {@code double[]} in the course's column-per-example layout: a matrix
 * with r rows and m examples stores example j of row i at {@code i*m + j}, so every inner loop runs over the
 * batch, contiguously, written with the Vector API (FMA over the widest vectors the CPU has) and a scalar tail.
 * Nothing here allocates once compiled.
 */
final class Kernels {
    private Kernels() {
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();

    /** Z (n x m) = W (n x k) A (k x m) + b, b broadcast over columns. */
    static void affine(double[] w, double[] b, int n, int k, double[] a, int m, double[] z) {
        product(w, k, 1, n, k, a, m, b, z);
    }

    /** dA (k x m) = W^T (W is n x k) dZ (n x m). */
    static void backpropagate(double[] w, double[] dz, int n, int k, int m, double[] da) {
        product(w, 1, k, k, n, dz, m, null, da);
    }

    /**
     * C (r x m) = M B + bias, where M(i, p) = mat[i*rs + p*cs] (so W and W^T share one kernel), B is q x m and
     * bias (length r) may be null. Four rows of C per pass over B, one FMA vector accumulator each: every
     * vector of B loaded feeds four FMAs.
     */
    private static void product(double[] mat, int rs, int cs, int r, int q, double[] bm, int m, double[] bias,
                                double[] c) {
        int bound = S.loopBound(m);
        int i = 0;
        for (; i + 3 < r; i += 4) {
            int r0 = i * rs, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs;
            double b0 = bias == null ? 0 : bias[i], b1 = bias == null ? 0 : bias[i + 1];
            double b2 = bias == null ? 0 : bias[i + 2], b3 = bias == null ? 0 : bias[i + 3];
            for (int j = 0; j < bound; j += LANES) {
                DoubleVector c0 = DoubleVector.broadcast(S, b0), c1 = DoubleVector.broadcast(S, b1);
                DoubleVector c2 = DoubleVector.broadcast(S, b2), c3 = DoubleVector.broadcast(S, b3);
                for (int p = 0; p < q; p++) {
                    DoubleVector v = DoubleVector.fromArray(S, bm, p * m + j);
                    int o = p * cs;
                    c0 = v.fma(DoubleVector.broadcast(S, mat[r0 + o]), c0);
                    c1 = v.fma(DoubleVector.broadcast(S, mat[r1 + o]), c1);
                    c2 = v.fma(DoubleVector.broadcast(S, mat[r2 + o]), c2);
                    c3 = v.fma(DoubleVector.broadcast(S, mat[r3 + o]), c3);
                }
                c0.intoArray(c, i * m + j);
                c1.intoArray(c, (i + 1) * m + j);
                c2.intoArray(c, (i + 2) * m + j);
                c3.intoArray(c, (i + 3) * m + j);
            }
            for (int j = bound; j < m; j++) {
                double s0 = b0, s1 = b1, s2 = b2, s3 = b3;
                for (int p = 0; p < q; p++) {
                    double v = bm[p * m + j];
                    int o = p * cs;
                    s0 += mat[r0 + o] * v;
                    s1 += mat[r1 + o] * v;
                    s2 += mat[r2 + o] * v;
                    s3 += mat[r3 + o] * v;
                }
                c[i * m + j] = s0;
                c[(i + 1) * m + j] = s1;
                c[(i + 2) * m + j] = s2;
                c[(i + 3) * m + j] = s3;
            }
        }
        for (; i < r; i++) {
            int r0 = i * rs;
            double b0 = bias == null ? 0 : bias[i];
            for (int j = 0; j < bound; j += LANES) {
                DoubleVector c0 = DoubleVector.broadcast(S, b0);
                for (int p = 0; p < q; p++) {
                    c0 = DoubleVector.fromArray(S, bm, p * m + j).fma(DoubleVector.broadcast(S, mat[r0 + p * cs]), c0);
                }
                c0.intoArray(c, i * m + j);
            }
            for (int j = bound; j < m; j++) {
                double s0 = b0;
                for (int p = 0; p < q; p++) {
                    s0 += mat[r0 + p * cs] * bm[p * m + j];
                }
                c[i * m + j] = s0;
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
        }
        int i = 0;
        // Two rows of dZ against four rows of A: eight dot products share every vector loaded.
        for (; i + 1 < n; i += 2) {
            int p = 0;
            for (; p + 3 < k; p += 4) {
                dot2x4(dz, i * m, (i + 1) * m, a, p * m, m, scale, dw, i * k + p, (i + 1) * k + p);
            }
            for (; p < k; p++) {
                dw[i * k + p] = dot(dz, i * m, a, p * m, m) * scale;
                dw[(i + 1) * k + p] = dot(dz, (i + 1) * m, a, p * m, m) * scale;
            }
        }
        for (; i < n; i++) {
            for (int p = 0; p < k; p++) {
                dw[i * k + p] = dot(dz, i * m, a, p * m, m) * scale;
            }
        }
    }

    private static void dot2x4(double[] dz, int z0, int z1, double[] a, int a0, int m, double scale, double[] dw,
                               int w0, int w1) {
        int a1 = a0 + m, a2 = a1 + m, a3 = a2 + m;
        int bound = S.loopBound(m);
        DoubleVector s00 = DoubleVector.zero(S), s01 = DoubleVector.zero(S);
        DoubleVector s02 = DoubleVector.zero(S), s03 = DoubleVector.zero(S);
        DoubleVector s10 = DoubleVector.zero(S), s11 = DoubleVector.zero(S);
        DoubleVector s12 = DoubleVector.zero(S), s13 = DoubleVector.zero(S);
        for (int j = 0; j < bound; j += LANES) {
            DoubleVector d0 = DoubleVector.fromArray(S, dz, z0 + j);
            DoubleVector d1 = DoubleVector.fromArray(S, dz, z1 + j);
            DoubleVector x0 = DoubleVector.fromArray(S, a, a0 + j);
            DoubleVector x1 = DoubleVector.fromArray(S, a, a1 + j);
            DoubleVector x2 = DoubleVector.fromArray(S, a, a2 + j);
            DoubleVector x3 = DoubleVector.fromArray(S, a, a3 + j);
            s00 = d0.fma(x0, s00);
            s01 = d0.fma(x1, s01);
            s02 = d0.fma(x2, s02);
            s03 = d0.fma(x3, s03);
            s10 = d1.fma(x0, s10);
            s11 = d1.fma(x1, s11);
            s12 = d1.fma(x2, s12);
            s13 = d1.fma(x3, s13);
        }
        double r00 = s00.reduceLanes(VectorOperators.ADD), r01 = s01.reduceLanes(VectorOperators.ADD);
        double r02 = s02.reduceLanes(VectorOperators.ADD), r03 = s03.reduceLanes(VectorOperators.ADD);
        double r10 = s10.reduceLanes(VectorOperators.ADD), r11 = s11.reduceLanes(VectorOperators.ADD);
        double r12 = s12.reduceLanes(VectorOperators.ADD), r13 = s13.reduceLanes(VectorOperators.ADD);
        for (int j = bound; j < m; j++) {
            double d0 = dz[z0 + j], d1 = dz[z1 + j];
            double x0 = a[a0 + j], x1 = a[a1 + j], x2 = a[a2 + j], x3 = a[a3 + j];
            r00 += d0 * x0;
            r01 += d0 * x1;
            r02 += d0 * x2;
            r03 += d0 * x3;
            r10 += d1 * x0;
            r11 += d1 * x1;
            r12 += d1 * x2;
            r13 += d1 * x3;
        }
        dw[w0] = r00 * scale;
        dw[w0 + 1] = r01 * scale;
        dw[w0 + 2] = r02 * scale;
        dw[w0 + 3] = r03 * scale;
        dw[w1] = r10 * scale;
        dw[w1 + 1] = r11 * scale;
        dw[w1 + 2] = r12 * scale;
        dw[w1 + 3] = r13 * scale;
    }

    private static double dot(double[] x, int xo, double[] y, int yo, int m) {
        int bound = S.loopBound(m);
        DoubleVector acc = DoubleVector.zero(S);
        for (int j = 0; j < bound; j += LANES) {
            acc = DoubleVector.fromArray(S, x, xo + j).fma(DoubleVector.fromArray(S, y, yo + j), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (int j = bound; j < m; j++) {
            s += x[xo + j] * y[yo + j];
        }
        return s;
    }

    /** Sum of squares of x[0..n). */
    static double sumSquares(double[] x, int n) {
        int i = 0;
        DoubleVector acc = DoubleVector.zero(S);
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            acc = v.fma(v, acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += x[i] * x[i];
        }
        return s;
    }

    /** Sum of |x| over x[0..n). */
    static double sumAbs(double[] x, int n) {
        int i = 0;
        DoubleVector acc = DoubleVector.zero(S);
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            acc = acc.add(DoubleVector.fromArray(S, x, i).abs());
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += Math.abs(x[i]);
        }
        return s;
    }
}
