package com.backproplab.engine;

/**
 * {@link MatrixProduct} for C with one or two columns, eight rows at a time: a weight gradient whose layer has one
 * or two inputs (the plane's two coordinates, in every network of this app), a single output unit's gradient, and
 * the forward and backward products of a batch of one or two examples.
 * Such entries are scalar FMA chains; eight rows give 8 or 16 chains in flight, enough to keep both FMA units busy
 * (four rows left them waiting on each FMA's latency: W3's first-layer weight gradient took 3.3 us, now 2.5). Each
 * row is read from its own precomputed offset plus p * cs. Each entry is the same chain as in every other loop of
 * the product, so the bits are the same.
 */
final class NarrowColumns {
    private NarrowColumns() {
    }

    /** Columns this class handles. */
    static final int MAX_COLUMNS = 2;

    /** Rows 0 .. 8*floor(r/8)-1 of C = scale * (M B + bias), M and B as in MatrixProduct; returns the next row. */
    static int rows(double[] mat, int rs, int cs, int r, int q, double[] bm, int m, double[] bias, double scale,
                    double[] c) {
        int i = 0;
        for (; i + 7 < r; i += 8) {
            if (m == 2) {
                twoColumns(mat, rs, cs, i, q, bm, bias, scale, c);
            } else {
                oneColumn(mat, rs, cs, i, q, bm, bias, scale, c);
            }
        }
        return i;
    }

    private static void oneColumn(double[] mat, int rs, int cs, int i, int q, double[] bm, double[] bias,
                                  double scale, double[] c) {
        double s0 = bias(bias, i), s1 = bias(bias, i + 1), s2 = bias(bias, i + 2), s3 = bias(bias, i + 3);
        double s4 = bias(bias, i + 4), s5 = bias(bias, i + 5), s6 = bias(bias, i + 6), s7 = bias(bias, i + 7);
        int r0 = i * rs, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs, r4 = r3 + rs, r5 = r4 + rs, r6 = r5 + rs;
        int r7 = r6 + rs;
        for (int p = 0; p < q; p++) {
            double v = bm[p];
            int o = p * cs;
            s0 = Math.fma(v, mat[r0 + o], s0);
            s1 = Math.fma(v, mat[r1 + o], s1);
            s2 = Math.fma(v, mat[r2 + o], s2);
            s3 = Math.fma(v, mat[r3 + o], s3);
            s4 = Math.fma(v, mat[r4 + o], s4);
            s5 = Math.fma(v, mat[r5 + o], s5);
            s6 = Math.fma(v, mat[r6 + o], s6);
            s7 = Math.fma(v, mat[r7 + o], s7);
        }
        c[i] = s0 * scale;
        c[i + 1] = s1 * scale;
        c[i + 2] = s2 * scale;
        c[i + 3] = s3 * scale;
        c[i + 4] = s4 * scale;
        c[i + 5] = s5 * scale;
        c[i + 6] = s6 * scale;
        c[i + 7] = s7 * scale;
    }

    private static void twoColumns(double[] mat, int rs, int cs, int i, int q, double[] bm, double[] bias,
                                   double scale, double[] c) {
        double s0 = bias(bias, i), s1 = bias(bias, i + 1), s2 = bias(bias, i + 2), s3 = bias(bias, i + 3);
        double s4 = bias(bias, i + 4), s5 = bias(bias, i + 5), s6 = bias(bias, i + 6), s7 = bias(bias, i + 7);
        double t0 = s0, t1 = s1, t2 = s2, t3 = s3, t4 = s4, t5 = s5, t6 = s6, t7 = s7;
        int r0 = i * rs, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs, r4 = r3 + rs, r5 = r4 + rs, r6 = r5 + rs;
        int r7 = r6 + rs;
        for (int p = 0; p < q; p++) {
            double v = bm[2 * p], u = bm[2 * p + 1];
            int o = p * cs;
            double w = mat[r0 + o];
            s0 = Math.fma(v, w, s0);
            t0 = Math.fma(u, w, t0);
            w = mat[r1 + o];
            s1 = Math.fma(v, w, s1);
            t1 = Math.fma(u, w, t1);
            w = mat[r2 + o];
            s2 = Math.fma(v, w, s2);
            t2 = Math.fma(u, w, t2);
            w = mat[r3 + o];
            s3 = Math.fma(v, w, s3);
            t3 = Math.fma(u, w, t3);
            w = mat[r4 + o];
            s4 = Math.fma(v, w, s4);
            t4 = Math.fma(u, w, t4);
            w = mat[r5 + o];
            s5 = Math.fma(v, w, s5);
            t5 = Math.fma(u, w, t5);
            w = mat[r6 + o];
            s6 = Math.fma(v, w, s6);
            t6 = Math.fma(u, w, t6);
            w = mat[r7 + o];
            s7 = Math.fma(v, w, s7);
            t7 = Math.fma(u, w, t7);
        }
        int o = 2 * i;
        c[o] = s0 * scale;
        c[o + 1] = t0 * scale;
        c[o + 2] = s1 * scale;
        c[o + 3] = t1 * scale;
        c[o + 4] = s2 * scale;
        c[o + 5] = t2 * scale;
        c[o + 6] = s3 * scale;
        c[o + 7] = t3 * scale;
        c[o + 8] = s4 * scale;
        c[o + 9] = t4 * scale;
        c[o + 10] = s5 * scale;
        c[o + 11] = t5 * scale;
        c[o + 12] = s6 * scale;
        c[o + 13] = t6 * scale;
        c[o + 14] = s7 * scale;
        c[o + 15] = t7 * scale;
    }

    /** Where row i's chains start: its bias, or 0. */
    private static double bias(double[] bias, int i) {
        return bias == null ? 0 : bias[i];
    }
}
