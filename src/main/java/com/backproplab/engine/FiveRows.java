package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatrixProduct}'s widest block: five rows of C by four vectors of columns, 20 accumulators, so every vector
 * of B loaded feeds five FMAs and every broadcast weight four. With four vectors of B and a broadcast that is 25
 * vector registers, which only AVX-512's 32 hold; there a 64 x 64 x 64 product alone ran at 72-75 GFLOP/s instead
 * of 67-69 with four rows. (Six rows, 29 registers, were 5% faster still when compiled well, but in about one JVM
 * out of two the register allocator spilled accumulators to the stack and the whole step ran a third slower.)
 * Each entry is the same FMA chain as in every other loop of the product, so the bits are the same. The stores are
 * written out: a store helper taking vectors was, at times, compiled on its own, too big to inline, and then every
 * vector crossing the call was boxed.
 * <p>
 * The loop is written three times, by M's strides. Every caller has M's rows contiguous (W in W A, dZ in dZ A^T) or
 * its columns (W^T in W^T dZ); there the weights' indexes are the loop counter plus offsets fixed before the loop,
 * which lets C2 check their ranges once instead of at every step (it cannot for the counter times a variable
 * stride). Alternated with the single general loop, W3 made 1.045x the steps per second (median of 16 rounds,
 * 0.96x-1.25x).
 */
final class FiveRows {
    private FiveRows() {
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();
    /** Whether the CPU has the registers for it (AVX-512). */
    static final boolean USABLE = S.vectorBitSize() >= 512;

    /** Rows i..i+4 by columns j..j+4*LANES-1 of C = scale * (M B + bias), M and B as in MatrixProduct. */
    static void block(double[] mat, int rs, int cs, int i, int q, double[] bm, int m, double[] bias,
                      double scale, double[] c, int j) {
        if (cs == 1) {
            rowsContiguous(mat, rs, i, q, bm, m, bias, scale, c, j);
        } else if (rs == 1) {
            columnsContiguous(mat, cs, i, q, bm, m, bias, scale, c, j);
        } else {
            anyStrides(mat, rs, cs, i, q, bm, m, bias, scale, c, j);
        }
    }

    /** M's rows contiguous (W in W A, dZ in dZ A^T): the counter indexes row 0's weight, the others lie rs apart. */
    private static void rowsContiguous(double[] mat, int rs, int i, int q, double[] bm, int m, double[] bias,
                                       double scale, double[] c, int j) {
        boolean none = bias == null;
        DoubleVector a0 = DoubleVector.broadcast(S, none ? 0 : bias[i]);
        DoubleVector a1 = DoubleVector.broadcast(S, none ? 0 : bias[i + 1]);
        DoubleVector a2 = DoubleVector.broadcast(S, none ? 0 : bias[i + 2]);
        DoubleVector a3 = DoubleVector.broadcast(S, none ? 0 : bias[i + 3]);
        DoubleVector a4 = DoubleVector.broadcast(S, none ? 0 : bias[i + 4]);
        DoubleVector b0 = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4;
        DoubleVector e0 = a0, e1 = a1, e2 = a2, e3 = a3, e4 = a4;
        DoubleVector f0 = a0, f1 = a1, f2 = a2, f3 = a3, f4 = a4;
        int r0 = i * rs, end = r0 + q, rs2 = 2 * rs, rs3 = 3 * rs, rs4 = 4 * rs, col = j;
        for (int o = r0; o < end; o++, col += m) {
            DoubleVector v0 = DoubleVector.fromArray(S, bm, col);
            DoubleVector v1 = DoubleVector.fromArray(S, bm, col + LANES);
            DoubleVector v2 = DoubleVector.fromArray(S, bm, col + 2 * LANES);
            DoubleVector v3 = DoubleVector.fromArray(S, bm, col + 3 * LANES);
            DoubleVector w = DoubleVector.broadcast(S, mat[o]);
            a0 = v0.fma(w, a0);
            b0 = v1.fma(w, b0);
            e0 = v2.fma(w, e0);
            f0 = v3.fma(w, f0);
            w = DoubleVector.broadcast(S, mat[o + rs]);
            a1 = v0.fma(w, a1);
            b1 = v1.fma(w, b1);
            e1 = v2.fma(w, e1);
            f1 = v3.fma(w, f1);
            w = DoubleVector.broadcast(S, mat[o + rs2]);
            a2 = v0.fma(w, a2);
            b2 = v1.fma(w, b2);
            e2 = v2.fma(w, e2);
            f2 = v3.fma(w, f2);
            w = DoubleVector.broadcast(S, mat[o + rs3]);
            a3 = v0.fma(w, a3);
            b3 = v1.fma(w, b3);
            e3 = v2.fma(w, e3);
            f3 = v3.fma(w, f3);
            w = DoubleVector.broadcast(S, mat[o + rs4]);
            a4 = v0.fma(w, a4);
            b4 = v1.fma(w, b4);
            e4 = v2.fma(w, e4);
            f4 = v3.fma(w, f4);
        }
        int o = i * m + j, h = o + 2 * LANES;
        a0.mul(scale).intoArray(c, o);
        b0.mul(scale).intoArray(c, o + LANES);
        e0.mul(scale).intoArray(c, h);
        f0.mul(scale).intoArray(c, h + LANES);
        a1.mul(scale).intoArray(c, o + m);
        b1.mul(scale).intoArray(c, o + LANES + m);
        e1.mul(scale).intoArray(c, h + m);
        f1.mul(scale).intoArray(c, h + LANES + m);
        a2.mul(scale).intoArray(c, o + 2 * m);
        b2.mul(scale).intoArray(c, o + LANES + 2 * m);
        e2.mul(scale).intoArray(c, h + 2 * m);
        f2.mul(scale).intoArray(c, h + LANES + 2 * m);
        a3.mul(scale).intoArray(c, o + 3 * m);
        b3.mul(scale).intoArray(c, o + LANES + 3 * m);
        e3.mul(scale).intoArray(c, h + 3 * m);
        f3.mul(scale).intoArray(c, h + LANES + 3 * m);
        a4.mul(scale).intoArray(c, o + 4 * m);
        b4.mul(scale).intoArray(c, o + LANES + 4 * m);
        e4.mul(scale).intoArray(c, h + 4 * m);
        f4.mul(scale).intoArray(c, h + LANES + 4 * m);
    }

    /** M's columns contiguous (W^T in W^T dZ): the five weights of each step lie side by side, cs after the last. */
    private static void columnsContiguous(double[] mat, int cs, int i, int q, double[] bm, int m, double[] bias,
                                          double scale, double[] c, int j) {
        boolean none = bias == null;
        DoubleVector a0 = DoubleVector.broadcast(S, none ? 0 : bias[i]);
        DoubleVector a1 = DoubleVector.broadcast(S, none ? 0 : bias[i + 1]);
        DoubleVector a2 = DoubleVector.broadcast(S, none ? 0 : bias[i + 2]);
        DoubleVector a3 = DoubleVector.broadcast(S, none ? 0 : bias[i + 3]);
        DoubleVector a4 = DoubleVector.broadcast(S, none ? 0 : bias[i + 4]);
        DoubleVector b0 = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4;
        DoubleVector e0 = a0, e1 = a1, e2 = a2, e3 = a3, e4 = a4;
        DoubleVector f0 = a0, f1 = a1, f2 = a2, f3 = a3, f4 = a4;
        int off = i, col = j;
        for (int p = 0; p < q; p++, col += m, off += cs) {
            DoubleVector v0 = DoubleVector.fromArray(S, bm, col);
            DoubleVector v1 = DoubleVector.fromArray(S, bm, col + LANES);
            DoubleVector v2 = DoubleVector.fromArray(S, bm, col + 2 * LANES);
            DoubleVector v3 = DoubleVector.fromArray(S, bm, col + 3 * LANES);
            DoubleVector w = DoubleVector.broadcast(S, mat[off]);
            a0 = v0.fma(w, a0);
            b0 = v1.fma(w, b0);
            e0 = v2.fma(w, e0);
            f0 = v3.fma(w, f0);
            w = DoubleVector.broadcast(S, mat[off + 1]);
            a1 = v0.fma(w, a1);
            b1 = v1.fma(w, b1);
            e1 = v2.fma(w, e1);
            f1 = v3.fma(w, f1);
            w = DoubleVector.broadcast(S, mat[off + 2]);
            a2 = v0.fma(w, a2);
            b2 = v1.fma(w, b2);
            e2 = v2.fma(w, e2);
            f2 = v3.fma(w, f2);
            w = DoubleVector.broadcast(S, mat[off + 3]);
            a3 = v0.fma(w, a3);
            b3 = v1.fma(w, b3);
            e3 = v2.fma(w, e3);
            f3 = v3.fma(w, f3);
            w = DoubleVector.broadcast(S, mat[off + 4]);
            a4 = v0.fma(w, a4);
            b4 = v1.fma(w, b4);
            e4 = v2.fma(w, e4);
            f4 = v3.fma(w, f4);
        }
        int o = i * m + j, h = o + 2 * LANES;
        a0.mul(scale).intoArray(c, o);
        b0.mul(scale).intoArray(c, o + LANES);
        e0.mul(scale).intoArray(c, h);
        f0.mul(scale).intoArray(c, h + LANES);
        a1.mul(scale).intoArray(c, o + m);
        b1.mul(scale).intoArray(c, o + LANES + m);
        e1.mul(scale).intoArray(c, h + m);
        f1.mul(scale).intoArray(c, h + LANES + m);
        a2.mul(scale).intoArray(c, o + 2 * m);
        b2.mul(scale).intoArray(c, o + LANES + 2 * m);
        e2.mul(scale).intoArray(c, h + 2 * m);
        f2.mul(scale).intoArray(c, h + LANES + 2 * m);
        a3.mul(scale).intoArray(c, o + 3 * m);
        b3.mul(scale).intoArray(c, o + LANES + 3 * m);
        e3.mul(scale).intoArray(c, h + 3 * m);
        f3.mul(scale).intoArray(c, h + LANES + 3 * m);
        a4.mul(scale).intoArray(c, o + 4 * m);
        b4.mul(scale).intoArray(c, o + LANES + 4 * m);
        e4.mul(scale).intoArray(c, h + 4 * m);
        f4.mul(scale).intoArray(c, h + LANES + 4 * m);
    }

    /** Any other strides (no caller passes them today): the general index, checked at every step. */
    private static void anyStrides(double[] mat, int rs, int cs, int i, int q, double[] bm, int m, double[] bias,
                                   double scale, double[] c, int j) {
        boolean none = bias == null;
        DoubleVector a0 = DoubleVector.broadcast(S, none ? 0 : bias[i]);
        DoubleVector a1 = DoubleVector.broadcast(S, none ? 0 : bias[i + 1]);
        DoubleVector a2 = DoubleVector.broadcast(S, none ? 0 : bias[i + 2]);
        DoubleVector a3 = DoubleVector.broadcast(S, none ? 0 : bias[i + 3]);
        DoubleVector a4 = DoubleVector.broadcast(S, none ? 0 : bias[i + 4]);
        DoubleVector b0 = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4;
        DoubleVector e0 = a0, e1 = a1, e2 = a2, e3 = a3, e4 = a4;
        DoubleVector f0 = a0, f1 = a1, f2 = a2, f3 = a3, f4 = a4;
        int r0 = i * rs;
        for (int p = 0; p < q; p++) {
            int o = r0 + p * cs, col = p * m + j;
            DoubleVector v0 = DoubleVector.fromArray(S, bm, col);
            DoubleVector v1 = DoubleVector.fromArray(S, bm, col + LANES);
            DoubleVector v2 = DoubleVector.fromArray(S, bm, col + 2 * LANES);
            DoubleVector v3 = DoubleVector.fromArray(S, bm, col + 3 * LANES);
            DoubleVector w = DoubleVector.broadcast(S, mat[o]);
            a0 = v0.fma(w, a0);
            b0 = v1.fma(w, b0);
            e0 = v2.fma(w, e0);
            f0 = v3.fma(w, f0);
            w = DoubleVector.broadcast(S, mat[o + rs]);
            a1 = v0.fma(w, a1);
            b1 = v1.fma(w, b1);
            e1 = v2.fma(w, e1);
            f1 = v3.fma(w, f1);
            w = DoubleVector.broadcast(S, mat[o + 2 * rs]);
            a2 = v0.fma(w, a2);
            b2 = v1.fma(w, b2);
            e2 = v2.fma(w, e2);
            f2 = v3.fma(w, f2);
            w = DoubleVector.broadcast(S, mat[o + 3 * rs]);
            a3 = v0.fma(w, a3);
            b3 = v1.fma(w, b3);
            e3 = v2.fma(w, e3);
            f3 = v3.fma(w, f3);
            w = DoubleVector.broadcast(S, mat[o + 4 * rs]);
            a4 = v0.fma(w, a4);
            b4 = v1.fma(w, b4);
            e4 = v2.fma(w, e4);
            f4 = v3.fma(w, f4);
        }
        int o = i * m + j, h = o + 2 * LANES;
        a0.mul(scale).intoArray(c, o);
        b0.mul(scale).intoArray(c, o + LANES);
        e0.mul(scale).intoArray(c, h);
        f0.mul(scale).intoArray(c, h + LANES);
        a1.mul(scale).intoArray(c, o + m);
        b1.mul(scale).intoArray(c, o + LANES + m);
        e1.mul(scale).intoArray(c, h + m);
        f1.mul(scale).intoArray(c, h + LANES + m);
        a2.mul(scale).intoArray(c, o + 2 * m);
        b2.mul(scale).intoArray(c, o + LANES + 2 * m);
        e2.mul(scale).intoArray(c, h + 2 * m);
        f2.mul(scale).intoArray(c, h + LANES + 2 * m);
        a3.mul(scale).intoArray(c, o + 3 * m);
        b3.mul(scale).intoArray(c, o + LANES + 3 * m);
        e3.mul(scale).intoArray(c, h + 3 * m);
        f3.mul(scale).intoArray(c, h + LANES + 3 * m);
        a4.mul(scale).intoArray(c, o + 4 * m);
        b4.mul(scale).intoArray(c, o + LANES + 4 * m);
        e4.mul(scale).intoArray(c, h + 4 * m);
        f4.mul(scale).intoArray(c, h + LANES + 4 * m);
    }
}
