package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The engine's one matrix product, C (r x m) = scale * (M B + bias), on flat row-major arrays: M(i, p) =
 * mat[i*rs + p*cs] (so W and W^T share it), B is q x m, bias (length r) may be null. Each entry is one FMA chain
 * over p in index order, started from its bias and then multiplied by scale, whichever loop computes it: the same
 * bits at every vector width, in every JIT tier and with the vectors off (docs/math.md, "Bit-exact results"). The
 * vectors run along C's rows; the loops differ only in how many entries they compute side by side.
 */
final class MatrixProduct {
    private MatrixProduct() {
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();
    private static final int PANEL = 4 * LANES;

    /** C = scale * (M B + bias); scale 1 leaves every entry as its chain left it. */
    static void product(double[] mat, int rs, int cs, int r, int q, double[] bm, int m, double[] bias, double scale,
                        double[] c) {
        int wide = Vectors.enabled() && FiveRows.USABLE ? m - m % PANEL : 0;
        int i = 0;
        if (m >= 1 && m <= NarrowColumns.MAX_COLUMNS) {
            i = NarrowColumns.rows(mat, rs, cs, r, q, bm, m, bias, scale, c);
        } else if (wide > 0) {
            int end = 5 * fiveRowBlocks(r);
            for (; i < end; i += 5) {
                for (int j = 0; j < wide; j += PANEL) {
                    FiveRows.block(mat, rs, cs, i, q, bm, m, bias, scale, c, j);
                }
            }
            // The five-row blocks' columns beyond the last full panel, by the loops below.
            blocks(mat, rs, cs, 0, i, q, bm, m, bias, scale, c, wide);
        }
        blocks(mat, rs, cs, i, r, q, bm, m, bias, scale, c, 0);
    }

    /**
     * How many five-row blocks to take of r rows: as many as leave a multiple of four rows (64 = 12 x 5 + 4; 8 and 16
     * stay in four-row blocks, as before there were five-row ones, not fives and then single rows), else as many as
     * fit.
     */
    static int fiveRowBlocks(int r) {
        for (int five = r / 5; five >= 0; five--) {
            if ((r - 5 * five) % 4 == 0) {
                return five;
            }
        }
        return r / 5;
    }

    /**
     * Rows [from, to) of C, columns [col0, m): four rows per pass over B, with up to four vector accumulators per
     * row, so every vector of B loaded feeds four FMAs and every weight broadcast up to four; then row by row.
     */
    private static void blocks(double[] mat, int rs, int cs, int from, int to, int q, double[] bm, int m,
                               double[] bias, double scale, double[] c, int col0) {
        // Vectors off: every entry by the scalar loops below, which do the same operations.
        int mv = Vectors.enabled() ? m : 0;
        int bound = S.loopBound(mv);
        int i = from;
        for (; i + 3 < to; i += 4) {
            int r0 = i * rs, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs;
            double b0 = bias == null ? 0 : bias[i], b1 = bias == null ? 0 : bias[i + 1];
            double b2 = bias == null ? 0 : bias[i + 2], b3 = bias == null ? 0 : bias[i + 3];
            int j = col0;
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
                c0.mul(scale).intoArray(c, o);
                d0.mul(scale).intoArray(c, o + LANES);
                e0.mul(scale).intoArray(c, h);
                f0.mul(scale).intoArray(c, h + LANES);
                c1.mul(scale).intoArray(c, o + m);
                d1.mul(scale).intoArray(c, o + m + LANES);
                e1.mul(scale).intoArray(c, h + m);
                f1.mul(scale).intoArray(c, h + m + LANES);
                c2.mul(scale).intoArray(c, o + 2 * m);
                d2.mul(scale).intoArray(c, o + 2 * m + LANES);
                e2.mul(scale).intoArray(c, h + 2 * m);
                f2.mul(scale).intoArray(c, h + 2 * m + LANES);
                c3.mul(scale).intoArray(c, o + 3 * m);
                d3.mul(scale).intoArray(c, o + 3 * m + LANES);
                e3.mul(scale).intoArray(c, h + 3 * m);
                f3.mul(scale).intoArray(c, h + 3 * m + LANES);
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
                int o = i * m + j;
                c0.mul(scale).intoArray(c, o);
                d0.mul(scale).intoArray(c, o + LANES);
                c1.mul(scale).intoArray(c, o + m);
                d1.mul(scale).intoArray(c, o + m + LANES);
                c2.mul(scale).intoArray(c, o + 2 * m);
                d2.mul(scale).intoArray(c, o + 2 * m + LANES);
                c3.mul(scale).intoArray(c, o + 3 * m);
                d3.mul(scale).intoArray(c, o + 3 * m + LANES);
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
                c0.mul(scale).intoArray(c, i * m + j);
                c1.mul(scale).intoArray(c, (i + 1) * m + j);
                c2.mul(scale).intoArray(c, (i + 2) * m + j);
                c3.mul(scale).intoArray(c, (i + 3) * m + j);
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
                c[o] = s0 * scale;
                c[o + 1] = t0 * scale;
                c[o + m] = s1 * scale;
                c[o + m + 1] = t1 * scale;
                c[o + 2 * m] = s2 * scale;
                c[o + 2 * m + 1] = t2 * scale;
                c[o + 3 * m] = s3 * scale;
                c[o + 3 * m + 1] = t3 * scale;
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
                c[i * m + j] = s0 * scale;
                c[(i + 1) * m + j] = s1 * scale;
                c[(i + 2) * m + j] = s2 * scale;
                c[(i + 3) * m + j] = s3 * scale;
            }
        }
        for (; i < to; i++) {
            row(mat, i * rs, cs, q, bm, m, bias == null ? 0 : bias[i], scale, c, i * m, col0, mv);
        }
    }

    /** One row of the product (rows left over after the blocks): c[o + j] for col0 <= j < m, vectors up to mv. */
    private static void row(double[] mat, int r0, int cs, int q, double[] bm, int m, double b0, double scale,
                            double[] c, int o, int col0, int mv) {
        int bound = S.loopBound(mv);
        int j = col0;
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
            c0.mul(scale).intoArray(c, o + j);
            c1.mul(scale).intoArray(c, o + j + LANES);
            c2.mul(scale).intoArray(c, o + j + 2 * LANES);
            c3.mul(scale).intoArray(c, o + j + 3 * LANES);
        }
        for (; j < bound; j += LANES) {
            DoubleVector c0 = DoubleVector.broadcast(S, b0);
            for (int p = 0; p < q; p++) {
                c0 = DoubleVector.fromArray(S, bm, p * m + j).fma(DoubleVector.broadcast(S, mat[r0 + p * cs]), c0);
            }
            c0.mul(scale).intoArray(c, o + j);
        }
        for (; j < m; j++) {
            double s0 = b0;
            for (int p = 0; p < q; p++) {
                s0 = Math.fma(bm[p * m + j], mat[r0 + p * cs], s0);
            }
            c[o + j] = s0 * scale;
        }
    }
}
