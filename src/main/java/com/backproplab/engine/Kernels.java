package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
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
            int j = 0;
            // Two vectors of columns at once: eight independent FMA chains keep both FMA units busy.
            for (; j + 2 * LANES <= m; j += 2 * LANES) {
                DoubleVector c0 = DoubleVector.broadcast(S, b0), c1 = DoubleVector.broadcast(S, b1);
                DoubleVector c2 = DoubleVector.broadcast(S, b2), c3 = DoubleVector.broadcast(S, b3);
                DoubleVector d0 = c0, d1 = c1, d2 = c2, d3 = c3;
                for (int p = 0; p < q; p++) {
                    DoubleVector v = DoubleVector.fromArray(S, bm, p * m + j);
                    DoubleVector u = DoubleVector.fromArray(S, bm, p * m + j + LANES);
                    int o = p * cs;
                    DoubleVector w0 = DoubleVector.broadcast(S, mat[r0 + o]);
                    DoubleVector w1 = DoubleVector.broadcast(S, mat[r1 + o]);
                    DoubleVector w2 = DoubleVector.broadcast(S, mat[r2 + o]);
                    DoubleVector w3 = DoubleVector.broadcast(S, mat[r3 + o]);
                    c0 = v.fma(w0, c0);
                    c1 = v.fma(w1, c1);
                    c2 = v.fma(w2, c2);
                    c3 = v.fma(w3, c3);
                    d0 = u.fma(w0, d0);
                    d1 = u.fma(w1, d1);
                    d2 = u.fma(w2, d2);
                    d3 = u.fma(w3, d3);
                }
                c0.intoArray(c, i * m + j);
                c1.intoArray(c, (i + 1) * m + j);
                c2.intoArray(c, (i + 2) * m + j);
                c3.intoArray(c, (i + 3) * m + j);
                d0.intoArray(c, i * m + j + LANES);
                d1.intoArray(c, (i + 1) * m + j + LANES);
                d2.intoArray(c, (i + 2) * m + j + LANES);
                d3.intoArray(c, (i + 3) * m + j + LANES);
            }
            for (; j < bound; j += LANES) {
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
            for (; j < m; j++) {
                double s0 = b0, s1 = b1, s2 = b2, s3 = b3;
                for (int p = 0; p < q; p++) {
                    double v = bm[p * m + j];
                    int o = p * cs;
                    s0 = Math.fma(v, mat[r0 + o], s0);
                    s1 = Math.fma(v, mat[r1 + o], s1);
                    s2 = Math.fma(v, mat[r2 + o], s2);
                    s3 = Math.fma(v, mat[r3 + o], s3);
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
                    s0 = Math.fma(bm[p * m + j], mat[r0 + p * cs], s0);
                }
                c[i * m + j] = s0;
            }
        }
    }

    /**
     * dW (n x k) = scale * dZ (n x m) A^T (A is k x m); db (n) = scale * row sums of dZ. Two rows of dZ against four
     * rows of A: eight dot products share every vector loaded. The lanes of each accumulator are added in lane
     * order through {@code lanes} (at least 8 vectors long), never by the Vector API's reduceLanes, whose order
     * may change when C2 compiles it (see docs/math.md, "Bit-exact results").
     */
    static void weightGradient(double[] dz, double[] a, int n, int k, int m, double scale, double[] dw, double[] db,
                               double[] lanes) {
        for (int i = 0; i < n; i++) {
            int zo = i * m;
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += dz[zo + j];
            }
            db[i] = s * scale;
        }
        int i = 0;
        for (; i + 1 < n; i += 2) {
            int p = 0;
            for (; p + 3 < k; p += 4) {
                dot2x4(dz, i * m, (i + 1) * m, a, p * m, m, lanes);
                for (int e = 0; e < 4; e++) {
                    dw[i * k + p + e] = lanes[e] * scale;
                    dw[(i + 1) * k + p + e] = lanes[4 + e] * scale;
                }
            }
            for (; p < k; p++) {
                dw[i * k + p] = dot(dz, i * m, a, p * m, m, lanes) * scale;
                dw[(i + 1) * k + p] = dot(dz, (i + 1) * m, a, p * m, m, lanes) * scale;
            }
        }
        for (; i < n; i++) {
            for (int p = 0; p < k; p++) {
                dw[i * k + p] = dot(dz, i * m, a, p * m, m, lanes) * scale;
            }
        }
    }

    /** The eight dot products of rows z0, z1 of dZ with rows a0..a0+3m of A, into lanes[0..8). */
    private static void dot2x4(double[] dz, int z0, int z1, double[] a, int a0, int m, double[] lanes) {
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
        s00.intoArray(lanes, 0);
        s01.intoArray(lanes, LANES);
        s02.intoArray(lanes, 2 * LANES);
        s03.intoArray(lanes, 3 * LANES);
        s10.intoArray(lanes, 4 * LANES);
        s11.intoArray(lanes, 5 * LANES);
        s12.intoArray(lanes, 6 * LANES);
        s13.intoArray(lanes, 7 * LANES);
        for (int e = 0; e < 8; e++) {
            double r = inLaneOrder(lanes, e * LANES);
            int x = a0 + (e % 4) * m;
            int z = e < 4 ? z0 : z1;
            for (int j = bound; j < m; j++) {
                r = Math.fma(dz[z + j], a[x + j], r);
            }
            lanes[e] = r;
        }
    }

    private static double inLaneOrder(double[] lanes, int from) {
        double s = lanes[from];
        for (int l = 1; l < LANES; l++) {
            s += lanes[from + l];
        }
        return s;
    }

    private static double dot(double[] x, int xo, double[] y, int yo, int m, double[] lanes) {
        int bound = S.loopBound(m);
        DoubleVector acc = DoubleVector.zero(S);
        for (int j = 0; j < bound; j += LANES) {
            acc = DoubleVector.fromArray(S, x, xo + j).fma(DoubleVector.fromArray(S, y, yo + j), acc);
        }
        acc.intoArray(lanes, 0);
        double s = inLaneOrder(lanes, 0);
        for (int j = bound; j < m; j++) {
            s = Math.fma(x[xo + j], y[yo + j], s);
        }
        return s;
    }

    /** Doubles of scratch the weight gradient needs. */
    static int lanesScratch() {
        return 8 * LANES;
    }

    /**
     * Sum of squares of x[0..n), in one fixed order on every CPU and in every JIT tier (four interleaved FMA
     * chains, then ((s0 + s1) + (s2 + s3))).
     */
    static double sumSquares(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 = Math.fma(x[i], x[i], s0);
            s1 = Math.fma(x[i + 1], x[i + 1], s1);
            s2 = Math.fma(x[i + 2], x[i + 2], s2);
            s3 = Math.fma(x[i + 3], x[i + 3], s3);
        }
        for (; i < n; i++) {
            s0 = Math.fma(x[i], x[i], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Sum of |x| over x[0..n), in the fixed order of {@link #sumSquares}. */
    static double sumAbs(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += Math.abs(x[i]);
            s1 += Math.abs(x[i + 1]);
            s2 += Math.abs(x[i + 2]);
            s3 += Math.abs(x[i + 3]);
        }
        for (; i < n; i++) {
            s0 += Math.abs(x[i]);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
