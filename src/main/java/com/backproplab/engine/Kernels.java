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
     * bias (length r) may be null. Four rows of C per pass over B, with up to four vector accumulators per row:
     * every vector of B loaded feeds four FMAs, every weight broadcast feeds up to four.
     */
    private static void product(double[] mat, int rs, int cs, int r, int q, double[] bm, int m, double[] bias,
                                double[] c) {
        // Vectors off: every entry by the scalar loops below, which do the same operations.
        int mv = Vectors.enabled() ? m : 0;
        int bound = S.loopBound(mv);
        int i = 0;
        for (; i + 3 < r; i += 4) {
            int r0 = i * rs, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs;
            double b0 = bias == null ? 0 : bias[i], b1 = bias == null ? 0 : bias[i + 1];
            double b2 = bias == null ? 0 : bias[i + 2], b3 = bias == null ? 0 : bias[i + 3];
            int j = 0;
            // Four vectors of columns at once: sixteen accumulators, and every broadcast weight feeds four FMAs.
            for (; j + 4 * LANES <= mv; j += 4 * LANES) {
                DoubleVector c0 = DoubleVector.broadcast(S, b0), c1 = DoubleVector.broadcast(S, b1);
                DoubleVector c2 = DoubleVector.broadcast(S, b2), c3 = DoubleVector.broadcast(S, b3);
                DoubleVector d0 = c0, d1 = c1, d2 = c2, d3 = c3;
                DoubleVector e0 = c0, e1 = c1, e2 = c2, e3 = c3;
                DoubleVector f0 = c0, f1 = c1, f2 = c2, f3 = c3;
                for (int p = 0; p < q; p++) {
                    int o = p * cs, col = p * m + j;
                    DoubleVector w0 = DoubleVector.broadcast(S, mat[r0 + o]);
                    DoubleVector w1 = DoubleVector.broadcast(S, mat[r1 + o]);
                    DoubleVector w2 = DoubleVector.broadcast(S, mat[r2 + o]);
                    DoubleVector w3 = DoubleVector.broadcast(S, mat[r3 + o]);
                    DoubleVector v = DoubleVector.fromArray(S, bm, col);
                    c0 = v.fma(w0, c0);
                    c1 = v.fma(w1, c1);
                    c2 = v.fma(w2, c2);
                    c3 = v.fma(w3, c3);
                    v = DoubleVector.fromArray(S, bm, col + LANES);
                    d0 = v.fma(w0, d0);
                    d1 = v.fma(w1, d1);
                    d2 = v.fma(w2, d2);
                    d3 = v.fma(w3, d3);
                    v = DoubleVector.fromArray(S, bm, col + 2 * LANES);
                    e0 = v.fma(w0, e0);
                    e1 = v.fma(w1, e1);
                    e2 = v.fma(w2, e2);
                    e3 = v.fma(w3, e3);
                    v = DoubleVector.fromArray(S, bm, col + 3 * LANES);
                    f0 = v.fma(w0, f0);
                    f1 = v.fma(w1, f1);
                    f2 = v.fma(w2, f2);
                    f3 = v.fma(w3, f3);
                }
                int o = i * m + j, h = o + 2 * LANES;
                storePair(c, o, c0, d0);
                storePair(c, h, e0, f0);
                storePair(c, o + m, c1, d1);
                storePair(c, h + m, e1, f1);
                storePair(c, o + 2 * m, c2, d2);
                storePair(c, h + 2 * m, e2, f2);
                storePair(c, o + 3 * m, c3, d3);
                storePair(c, h + 3 * m, e3, f3);
            }
            // Then two vectors: eight independent FMA chains keep both FMA units busy.
            for (; j + 2 * LANES <= mv; j += 2 * LANES) {
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
            // Narrow outputs (a weight gradient with fewer columns than a vector): two columns at once, so eight
            // scalar FMA chains hide each FMA's latency.
            for (; j + 1 < m; j += 2) {
                double s0 = b0, s1 = b1, s2 = b2, s3 = b3, t0 = b0, t1 = b1, t2 = b2, t3 = b3;
                for (int p = 0; p < q; p++) {
                    double v = bm[p * m + j], u = bm[p * m + j + 1];
                    int o = p * cs;
                    double w0 = mat[r0 + o], w1 = mat[r1 + o], w2 = mat[r2 + o], w3 = mat[r3 + o];
                    s0 = Math.fma(v, w0, s0);
                    s1 = Math.fma(v, w1, s1);
                    s2 = Math.fma(v, w2, s2);
                    s3 = Math.fma(v, w3, s3);
                    t0 = Math.fma(u, w0, t0);
                    t1 = Math.fma(u, w1, t1);
                    t2 = Math.fma(u, w2, t2);
                    t3 = Math.fma(u, w3, t3);
                }
                int o = i * m + j;
                c[o] = s0;
                c[o + 1] = t0;
                c[o + m] = s1;
                c[o + m + 1] = t1;
                c[o + 2 * m] = s2;
                c[o + 2 * m + 1] = t2;
                c[o + 3 * m] = s3;
                c[o + 3 * m + 1] = t3;
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
            row(mat, i * rs, cs, q, bm, m, bias == null ? 0 : bias[i], c, i * m, mv);
        }
    }

    /** Row i of the product (rows left over after the blocks of four): c[o + j] for j < m, vectors up to mv. */
    private static void row(double[] mat, int r0, int cs, int q, double[] bm, int m, double b0, double[] c, int o,
                            int mv) {
        int bound = S.loopBound(mv);
        int j = 0;
        // Four vectors at once, four FMA chains in flight instead of one.
        for (; j + 4 * LANES <= mv; j += 4 * LANES) {
            DoubleVector c0 = DoubleVector.broadcast(S, b0), c1 = c0, c2 = c0, c3 = c0;
            for (int p = 0; p < q; p++) {
                DoubleVector w0 = DoubleVector.broadcast(S, mat[r0 + p * cs]);
                int col = p * m + j;
                c0 = DoubleVector.fromArray(S, bm, col).fma(w0, c0);
                c1 = DoubleVector.fromArray(S, bm, col + LANES).fma(w0, c1);
                c2 = DoubleVector.fromArray(S, bm, col + 2 * LANES).fma(w0, c2);
                c3 = DoubleVector.fromArray(S, bm, col + 3 * LANES).fma(w0, c3);
            }
            storePair(c, o + j, c0, c1);
            storePair(c, o + j + 2 * LANES, c2, c3);
        }
        for (; j < bound; j += LANES) {
            DoubleVector c0 = DoubleVector.broadcast(S, b0);
            for (int p = 0; p < q; p++) {
                c0 = DoubleVector.fromArray(S, bm, p * m + j).fma(DoubleVector.broadcast(S, mat[r0 + p * cs]), c0);
            }
            c0.intoArray(c, o + j);
        }
        for (; j < m; j++) {
            double s0 = b0;
            for (int p = 0; p < q; p++) {
                s0 = Math.fma(bm[p * m + j], mat[r0 + p * cs], s0);
            }
            c[o + j] = s0;
        }
    }

    /**
     * Two vectors side by side from c[o]. Under 35 bytes of bytecode, so C2 inlines it at every call site, hot or
     * not (a larger helper was left out at cold sites, where the vectors crossing the call would be boxed).
     */
    private static void storePair(double[] c, int o, DoubleVector a, DoubleVector b) {
        a.intoArray(c, o);
        b.intoArray(c, o + LANES);
    }

    /**
     * dW (n x k) = scale * dZ (n x m) A^T (A is k x m); db (n) = scale * row sums of dZ. A is first transposed into
     * {@code at} (at least k*m long), so that each dW(i, p) is one FMA chain over the examples in their order,
     * computed by the product kernel with the vectors running along A's rows: the same bits whatever the vector
     * width, the JIT tier or the CPU (no lanes are ever added across; see docs/math.md, "Bit-exact results").
     */
    static void weightGradient(double[] dz, double[] a, int n, int k, int m, double scale, double[] dw, double[] db,
                               double[] at) {
        for (int i = 0; i < n; i++) {
            db[i] = Sums.sum(dz, i * m, m) * scale;
        }
        transpose(a, k, m, at);
        product(dz, m, 1, n, m, at, k, null, dw);
        for (int e = 0, len = n * k; e < len; e++) {
            dw[e] *= scale;
        }
    }

    /** t (m x k) = x^T, x being k x m; eight rows of x at a time, so each pass writes a cache line of t. */
    private static void transpose(double[] x, int k, int m, double[] t) {
        int p = 0;
        for (; p + 7 < k; p += 8) {
            int x0 = p * m;
            for (int j = 0, o = p; j < m; j++, o += k) {
                int xj = x0 + j;
                t[o] = x[xj];
                t[o + 1] = x[xj + m];
                t[o + 2] = x[xj + 2 * m];
                t[o + 3] = x[xj + 3 * m];
                t[o + 4] = x[xj + 4 * m];
                t[o + 5] = x[xj + 5 * m];
                t[o + 6] = x[xj + 6 * m];
                t[o + 7] = x[xj + 7 * m];
            }
        }
        for (; p < k; p++) {
            int xo = p * m;
            for (int j = 0, o = p; j < m; j++, o += k) {
                t[o] = x[xo + j];
            }
        }
    }
}
