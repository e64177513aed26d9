package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums over an array in one fixed order on every CPU, vector width and JIT tier: element i goes to partial sum
 * i mod 32, each partial sum is one chain in index order, and the 32 partials are added as a balanced tree
 * ((p0 + p1) + (p2 + p3)) + .... Vectors of 4 or 8 doubles hold the partials lane by lane (8 or 4 vector
 * accumulators), so the sum runs at vector speed without ever adding across lanes; other widths run the same
 * chains in scalar code. Sums of squares use one FMA per element. (docs/math.md, "Bit-exact results".)
 */
final class Sums {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();
    private static final int PARTS = 32;

    private Sums() {
    }

    /** x[from] + ... + x[from + n - 1]. */
    static double sum(double[] x, int from, int n) {
        return total(x, from, n, PLAIN);
    }

    /** x[0]^2 + ... + x[n - 1]^2. */
    static double sumSquares(double[] x, int n) {
        return total(x, 0, n, SQUARES);
    }

    /** |x[0]| + ... + |x[n - 1]|. */
    static double sumAbs(double[] x, int n) {
        return total(x, 0, n, ABS);
    }

    private static final int PLAIN = 0;
    private static final int SQUARES = 1;
    private static final int ABS = 2;

    private static double total(double[] x, int from, int n, int kind) {
        // A fresh array per call: 256 bytes that the young generation reclaims for free, and no shared state.
        double[] p = new double[PARTS];
        int blocks = n / PARTS * PARTS;
        if (LANES == 8) {
            blocks8(x, from, blocks, kind, p);
        } else if (LANES == 4) {
            blocks4(x, from, blocks, kind, p);
        } else {
            scalar(x, from, 0, blocks, kind, p);
        }
        scalar(x, from, blocks, n, kind, p);
        return tree(p);
    }

    private static void scalar(double[] x, int from, int start, int end, int kind, double[] p) {
        for (int i = start; i < end; i++) {
            double v = x[from + i];
            int k = i % PARTS;
            p[k] = kind == SQUARES ? Math.fma(v, v, p[k]) : p[k] + (kind == ABS ? Math.abs(v) : v);
        }
    }

    private static DoubleVector add(DoubleVector acc, DoubleVector v, int kind) {
        return kind == SQUARES ? v.fma(v, acc) : acc.add(kind == ABS ? v.abs() : v);
    }

    /** Partials 0..31 as four vectors of eight lanes. */
    private static void blocks8(double[] x, int from, int blocks, int kind, double[] p) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 8);
            DoubleVector v2 = DoubleVector.fromArray(S, x, i + 16), v3 = DoubleVector.fromArray(S, x, i + 24);
            a0 = add(a0, v0, kind);
            a1 = add(a1, v1, kind);
            a2 = add(a2, v2, kind);
            a3 = add(a3, v3, kind);
        }
        a0.intoArray(p, 0);
        a1.intoArray(p, 8);
        a2.intoArray(p, 16);
        a3.intoArray(p, 24);
    }

    /** Partials 0..31 as eight vectors of four lanes. */
    private static void blocks4(double[] x, int from, int blocks, int kind, double[] p) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 4);
            DoubleVector v2 = DoubleVector.fromArray(S, x, i + 8), v3 = DoubleVector.fromArray(S, x, i + 12);
            DoubleVector v4 = DoubleVector.fromArray(S, x, i + 16), v5 = DoubleVector.fromArray(S, x, i + 20);
            DoubleVector v6 = DoubleVector.fromArray(S, x, i + 24), v7 = DoubleVector.fromArray(S, x, i + 28);
            a0 = add(a0, v0, kind);
            a1 = add(a1, v1, kind);
            a2 = add(a2, v2, kind);
            a3 = add(a3, v3, kind);
            a4 = add(a4, v4, kind);
            a5 = add(a5, v5, kind);
            a6 = add(a6, v6, kind);
            a7 = add(a7, v7, kind);
        }
        a0.intoArray(p, 0);
        a1.intoArray(p, 4);
        a2.intoArray(p, 8);
        a3.intoArray(p, 12);
        a4.intoArray(p, 16);
        a5.intoArray(p, 20);
        a6.intoArray(p, 24);
        a7.intoArray(p, 28);
    }

    /** The 32 partials added pairwise: neighbours first, then pairs of pairs, down to one. */
    private static double tree(double[] p) {
        for (int width = PARTS / 2; width >= 1; width /= 2) {
            for (int i = 0; i < width; i++) {
                p[i] = p[2 * i] + p[2 * i + 1];
            }
        }
        return p[0];
    }
}
