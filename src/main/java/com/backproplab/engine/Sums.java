package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums over an array in an order fixed by its length alone, the same on every CPU, vector width and JIT tier
 * (docs/math.md, "Bit-exact results"). Short arrays (fewer than {@value #WIDE} elements) use a few interleaved
 * scalar chains. Longer ones use 32 chains: element i of the first 32 * floor(n / 32) goes to partial i mod 32,
 * the partials are combined as s_j = (p_j + p_j+8) + (p_j+16 + p_j+24), then ((s0 + s1) + (s2 + s3)) + ((s4 + s5)
 * + (s6 + s7)), and the last n mod 32 elements, summed left to right, are added at the end. Vectors of 4 or 8
 * doubles hold the partials lane by lane, so no lanes are ever added across in an order the CPU picks; other
 * widths run the same chains in scalar code. Sums of squares use one FMA per element.
 */
final class Sums {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();
    private static final int PARTS = 32;
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
        double body = LANES == 8 ? wide8(x, from, blocks, kind)
                : LANES == 4 ? wide4(x, from, blocks, kind) : wideScalar(x, from, blocks, kind);
        double tail = 0;
        for (int i = from + blocks, end = from + n; i < end; i++) {
            tail = term(x[i], tail, kind);
        }
        return body + tail;
    }

    // The loops below add in place rather than through a helper taking vectors: C2 may refuse to inline such a
    // helper, and then boxes every vector that crosses the call.

    /** Partials 0..31 as four vectors of eight lanes. */
    private static double wide8(double[] x, int from, int blocks, int kind) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 8);
            DoubleVector v2 = DoubleVector.fromArray(S, x, i + 16), v3 = DoubleVector.fromArray(S, x, i + 24);
            if (kind == SQUARES) {
                a0 = v0.fma(v0, a0);
                a1 = v1.fma(v1, a1);
                a2 = v2.fma(v2, a2);
                a3 = v3.fma(v3, a3);
            } else {
                if (kind == ABS) {
                    v0 = v0.abs();
                    v1 = v1.abs();
                    v2 = v2.abs();
                    v3 = v3.abs();
                }
                a0 = a0.add(v0);
                a1 = a1.add(v1);
                a2 = a2.add(v2);
                a3 = a3.add(v3);
            }
        }
        DoubleVector s = a0.add(a1).add(a2.add(a3));
        return lanes(s.lane(0), s.lane(1), s.lane(2), s.lane(3), s.lane(4), s.lane(5), s.lane(6), s.lane(7));
    }

    /** Partials 0..31 as eight vectors of four lanes: two four-lane halves of each eight-lane block above. */
    private static double wide4(double[] x, int from, int blocks, int kind) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 4);
            DoubleVector v2 = DoubleVector.fromArray(S, x, i + 8), v3 = DoubleVector.fromArray(S, x, i + 12);
            DoubleVector v4 = DoubleVector.fromArray(S, x, i + 16), v5 = DoubleVector.fromArray(S, x, i + 20);
            DoubleVector v6 = DoubleVector.fromArray(S, x, i + 24), v7 = DoubleVector.fromArray(S, x, i + 28);
            if (kind == SQUARES) {
                a0 = v0.fma(v0, a0);
                a1 = v1.fma(v1, a1);
                a2 = v2.fma(v2, a2);
                a3 = v3.fma(v3, a3);
                a4 = v4.fma(v4, a4);
                a5 = v5.fma(v5, a5);
                a6 = v6.fma(v6, a6);
                a7 = v7.fma(v7, a7);
            } else {
                if (kind == ABS) {
                    v0 = v0.abs();
                    v1 = v1.abs();
                    v2 = v2.abs();
                    v3 = v3.abs();
                    v4 = v4.abs();
                    v5 = v5.abs();
                    v6 = v6.abs();
                    v7 = v7.abs();
                }
                a0 = a0.add(v0);
                a1 = a1.add(v1);
                a2 = a2.add(v2);
                a3 = a3.add(v3);
                a4 = a4.add(v4);
                a5 = a5.add(v5);
                a6 = a6.add(v6);
                a7 = a7.add(v7);
            }
        }
        DoubleVector low = a0.add(a2).add(a4.add(a6));
        DoubleVector high = a1.add(a3).add(a5.add(a7));
        return lanes(low.lane(0), low.lane(1), low.lane(2), low.lane(3),
                high.lane(0), high.lane(1), high.lane(2), high.lane(3));
    }

    /** The same chains and combination one element at a time, for other vector widths. */
    private static double wideScalar(double[] x, int from, int blocks, int kind) {
        double[] p = new double[PARTS];
        for (int i = 0; i < blocks; i++) {
            p[i % PARTS] = term(x[from + i], p[i % PARTS], kind);
        }
        double[] s = new double[8];
        for (int j = 0; j < 8; j++) {
            s[j] = (p[j] + p[j + 8]) + (p[j + 16] + p[j + 24]);
        }
        return lanes(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    }


    private static double lanes(double s0, double s1, double s2, double s3, double s4, double s5, double s6,
                                double s7) {
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
