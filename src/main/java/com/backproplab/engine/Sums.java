package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums over an array in an order fixed by its length alone, the same on every CPU, vector width and JIT tier
 * (docs/math.md, "Bit-exact results"). Short arrays (fewer than {@value #WIDE} elements) use a few interleaved
 * scalar chains. Longer ones use 16 chains: element i of the first 16 * floor(n / 16) goes to partial i mod 16, the
 * partials are combined as s_j = (p_j + p_j+4) + (p_j+8 + p_j+12), then (s0 + s1) + (s2 + s3), and the last
 * n mod 16 elements, summed left to right, are added at the end. Four vectors of four doubles hold the partials lane
 * by lane on every CPU with 256-bit vectors or wider (AVX2, AVX-512), so the sum runs at vector speed and never adds
 * across lanes in an order the CPU picks; narrower CPUs run the same chains in scalar code.
 */
final class Sums {
    private static final VectorSpecies<Double> S4 = DoubleVector.SPECIES_256;
    private static final boolean VECTORS = VectorShape.preferredShape().vectorBitSize() >= 256;
    private static final int PARTS = 16;
    static final int WIDE = 64;

    private static final int PLAIN = 0;
    private static final int SQUARES = 1;
    private static final int ABS = 2;

    private Sums() {
    }

    /** x[from] + ... + x[from + n - 1]. */
    static double sum(double[] x, int from, int n) {
        return n < WIDE ? shortSum(x, from, n) : wide(x, from, n, PLAIN);
    }

    /** x[0]^2 + ... + x[n - 1]^2. */
    static double sumSquares(double[] x, int n) {
        return n < WIDE ? shortChains(x, n, SQUARES) : wide(x, 0, n, SQUARES);
    }

    /** |x[0]| + ... + |x[n - 1]|. */
    static double sumAbs(double[] x, int n) {
        return n < WIDE ? shortChains(x, n, ABS) : wide(x, 0, n, ABS);
    }

    /** Eight interleaved chains, then ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)). */
    private static double shortSum(double[] x, int from, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = from, end = from + n;
        for (; i + 7 < end; i += 8) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
            s4 += x[i + 4];
            s5 += x[i + 5];
            s6 += x[i + 6];
            s7 += x[i + 7];
        }
        for (; i < end; i++) {
            s0 += x[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Four interleaved chains of squares (FMA) or absolute values, then (s0 + s1) + (s2 + s3). */
    private static double shortChains(double[] x, int n, int kind) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 = term(x[i], s0, kind);
            s1 = term(x[i + 1], s1, kind);
            s2 = term(x[i + 2], s2, kind);
            s3 = term(x[i + 3], s3, kind);
        }
        for (; i < n; i++) {
            s0 = term(x[i], s0, kind);
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double term(double v, double s, int kind) {
        return kind == SQUARES ? Math.fma(v, v, s) : s + (kind == ABS ? Math.abs(v) : v);
    }

    private static double wide(double[] x, int from, int n, int kind) {
        int blocks = n / PARTS * PARTS;
        double body = VECTORS && Vectors.enabled() ? vectorBlocks(x, from, blocks, kind) : scalarBlocks(x, from, blocks, kind);
        double tail = 0;
        for (int i = from + blocks, end = from + n; i < end; i++) {
            tail = term(x[i], tail, kind);
        }
        return body + tail;
    }

    /**
     * Partials 0..15 as four vectors of four lanes. The additions are written out in the loop, not in a helper
     * taking vectors: C2 may refuse to inline such a helper, and then boxes every vector that crosses the call.
     */
    private static double vectorBlocks(double[] x, int from, int blocks, int kind) {
        DoubleVector a0 = DoubleVector.zero(S4), a1 = a0, a2 = a0, a3 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S4, x, i), v1 = DoubleVector.fromArray(S4, x, i + 4);
            DoubleVector v2 = DoubleVector.fromArray(S4, x, i + 8), v3 = DoubleVector.fromArray(S4, x, i + 12);
            if (kind == SQUARES) {
                a0 = v0.fma(v0, a0);
                a1 = v1.fma(v1, a1);
                a2 = v2.fma(v2, a2);
                a3 = v3.fma(v3, a3);
            } else if (kind == ABS) {
                a0 = a0.add(v0.abs());
                a1 = a1.add(v1.abs());
                a2 = a2.add(v2.abs());
                a3 = a3.add(v3.abs());
            } else {
                a0 = a0.add(v0);
                a1 = a1.add(v1);
                a2 = a2.add(v2);
                a3 = a3.add(v3);
            }
        }
        DoubleVector s = a0.add(a1).add(a2.add(a3));
        return (s.lane(0) + s.lane(1)) + (s.lane(2) + s.lane(3));
    }

    /** The same chains and combination one element at a time, for CPUs with narrower vectors. */
    private static double scalarBlocks(double[] x, int from, int blocks, int kind) {
        double[] p = new double[PARTS];
        for (int i = 0; i < blocks; i++) {
            p[i % PARTS] = term(x[from + i], p[i % PARTS], kind);
        }
        double[] s = new double[4];
        for (int j = 0; j < 4; j++) {
            s[j] = (p[j] + p[j + 4]) + (p[j + 8] + p[j + 12]);
        }
        return (s[0] + s[1]) + (s[2] + s[3]);
    }
}
