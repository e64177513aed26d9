package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums over an array in an order fixed by its length alone, the same on every CPU, vector width and JIT tier
 * (docs/math.md, "Bit-exact results"). Short arrays (fewer than {@value #WIDE} elements) use a few interleaved
 * scalar chains. Longer ones use 16 chains: element i of the first 16 * floor(n / 16) goes to partial i mod 16, the
 * partials are combined as s_j = (p_j + p_j+4) + (p_j+8 + p_j+12), then (s0 + s1) + (s2 + s3), and the last
 * n mod 16 elements, summed left to right, are added at the end. The partials are held lane by lane in four vectors
 * of four doubles (AVX2) or two of eight (AVX-512), so the sum runs at vector speed and never adds across lanes in an
 * order the CPU picks; other CPUs run the same chains in scalar code. Only the CPU's preferred vector species is used:
 * a second species in the same JVM makes the JIT's type profiles of the Vector API see two vector classes, and code
 * compiled from such a profile can fail to intrinsify and allocate at every operation (seen in the kernels' product).
 */
final class Sums {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();
    private static final int PARTS = 16;
    static final int WIDE = 64;
    private static final ThreadLocal<double[]> PARTIALS = ThreadLocal.withInitial(() -> new double[PARTS]);

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
        double body;
        if (LANES == 8 && Vectors.enabled()) {
            body = eightLaneBlocks(x, from, blocks, kind);
        } else if (LANES == 4 && Vectors.enabled()) {
            body = fourLaneBlocks(x, from, blocks, kind);
        } else {
            body = scalarBlocks(x, from, blocks, kind);
        }
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
    private static double fourLaneBlocks(double[] x, int from, int blocks, int kind) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 4);
            DoubleVector v2 = DoubleVector.fromArray(S, x, i + 8), v3 = DoubleVector.fromArray(S, x, i + 12);
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

    /** Partials 0..7 in the lanes of one vector of eight, 8..15 in another; combined lane by lane as above. */
    private static double eightLaneBlocks(double[] x, int from, int blocks, int kind) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            DoubleVector v0 = DoubleVector.fromArray(S, x, i), v1 = DoubleVector.fromArray(S, x, i + 8);
            if (kind == SQUARES) {
                a0 = v0.fma(v0, a0);
                a1 = v1.fma(v1, a1);
            } else if (kind == ABS) {
                a0 = a0.add(v0.abs());
                a1 = a1.add(v1.abs());
            } else {
                a0 = a0.add(v0);
                a1 = a1.add(v1);
            }
        }
        // Lane by lane through memory: lane() on eight-lane vectors was seen to box its vector in compiled code.
        double[] p = PARTIALS.get();
        a0.intoArray(p, 0);
        a1.intoArray(p, 8);
        double s0 = (p[0] + p[4]) + (p[8] + p[12]);
        double s1 = (p[1] + p[5]) + (p[9] + p[13]);
        double s2 = (p[2] + p[6]) + (p[10] + p[14]);
        double s3 = (p[3] + p[7]) + (p[11] + p[15]);
        return (s0 + s1) + (s2 + s3);
    }

    /** The same chains and combination one element at a time, in locals (an array here would be allocated). */
    private static double scalarBlocks(double[] x, int from, int blocks, int kind) {
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0;
        double p8 = 0, p9 = 0, p10 = 0, p11 = 0, p12 = 0, p13 = 0, p14 = 0, p15 = 0;
        for (int i = from, end = from + blocks; i < end; i += PARTS) {
            p0 = term(x[i], p0, kind);
            p1 = term(x[i + 1], p1, kind);
            p2 = term(x[i + 2], p2, kind);
            p3 = term(x[i + 3], p3, kind);
            p4 = term(x[i + 4], p4, kind);
            p5 = term(x[i + 5], p5, kind);
            p6 = term(x[i + 6], p6, kind);
            p7 = term(x[i + 7], p7, kind);
            p8 = term(x[i + 8], p8, kind);
            p9 = term(x[i + 9], p9, kind);
            p10 = term(x[i + 10], p10, kind);
            p11 = term(x[i + 11], p11, kind);
            p12 = term(x[i + 12], p12, kind);
            p13 = term(x[i + 13], p13, kind);
            p14 = term(x[i + 14], p14, kind);
            p15 = term(x[i + 15], p15, kind);
        }
        double s0 = (p0 + p4) + (p8 + p12);
        double s1 = (p1 + p5) + (p9 + p13);
        double s2 = (p2 + p6) + (p10 + p14);
        double s3 = (p3 + p7) + (p11 + p15);
        return (s0 + s1) + (s2 + s3);
    }
}
