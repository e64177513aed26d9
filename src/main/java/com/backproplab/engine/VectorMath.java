package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Element-wise functions over arrays with the JDK's Vector API. exp, tanh and the logistic function run the very
 * operations of {@link ExactMath} (basic IEEE operations and FMA only) lane by lane, and the scalar tail calls
 * ExactMath itself: every element gets the same bits whichever path, JIT tier or CPU computes it. (The Vector API's
 * own EXP and TANH compile to CPU-specific code that rounds differently from their interpreted fallback.)
 */
final class VectorMath {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final long POWER_BIAS = ExactMath.SHIFT_BITS - 1023;

    private VectorMath() {
    }

    /*
     * Each loop below holds its whole computation: with the polynomial or the reduction in helper methods, C2 at
     * times compiled a helper on its own first and then refused to inline it ("already compiled into a big
     * method"), and every vector crossing the call was boxed: the same benchmark ran at half speed in one JVM out
     * of two.
     */

    /**
     * a[i] = 1 / (1 + e^-z[i]) as ExactMath#sigmoid's short path; a vector with any e^-z too large for it (z below
     * -708, where the result is subnormal or 0) is done element by element by ExactMath itself.
     */
    static void sigmoid(double[] z, double[] a, int n) {
        int i = 0;
        int bound = Vectors.enabled() ? SPECIES.loopBound(n) : 0;
        double[] gk = ExactMath.G;
        DoubleVector g0 = c(gk[0]), g1 = c(gk[1]), g2 = c(gk[2]), g3 = c(gk[3]), g4 = c(gk[4]), g5 = c(gk[5]);
        DoubleVector g6 = c(gk[6]), g7 = c(gk[7]), g8 = c(gk[8]), g9 = c(gk[9]), g10 = c(gk[10]), one = c(1.0);
        for (; i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, z, i).neg();
            if (x.compare(VectorOperators.GT, ExactMath.SIGMOID_FAST_HIGH).anyTrue()) {
                for (int e = i; e < i + SPECIES.length(); e++) {
                    a[e] = ExactMath.sigmoid(z[e]);
                }
                continue;
            }
            x = x.max(ExactMath.SIGMOID_LOW);
            DoubleVector shifted = x.fma(ExactMath.LOG2E, ExactMath.SHIFT);
            DoubleVector k = shifted.sub(ExactMath.SHIFT);
            DoubleVector r = k.fma(c(-ExactMath.LN2_LO), k.fma(c(-ExactMath.LN2_HI), x));
            DoubleVector g = g10.fma(r, g9).fma(r, g8).fma(r, g7).fma(r, g6).fma(r, g5).fma(r, g4)
                    .fma(r, g3).fma(r, g2).fma(r, g1).fma(r, g0);
            DoubleVector e = g.fma(r, one).fma(r, one).mul(power(shifted));
            one.div(e.add(1.0)).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = ExactMath.sigmoid(z[i]);
        }
    }

    /** a[i] = tanh z[i], the operations of ExactMath#tanh and ExactMath#expm1 on every lane. */
    static void tanh(double[] z, double[] a, int n) {
        int i = 0;
        int bound = Vectors.enabled() ? SPECIES.loopBound(n) : 0;
        double[] gk = ExactMath.G;
        DoubleVector g0 = c(gk[0]), g1 = c(gk[1]), g2 = c(gk[2]), g3 = c(gk[3]), g4 = c(gk[4]), g5 = c(gk[5]);
        DoubleVector g6 = c(gk[6]), g7 = c(gk[7]), g8 = c(gk[8]), g9 = c(gk[9]), g10 = c(gk[10]);
        for (; i < bound; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, z, i);
            DoubleVector x = v.abs().min(ExactMath.TANH_ONE).mul(2.0);
            // t = expm1(x)
            DoubleVector shifted = x.fma(ExactMath.LOG2E, ExactMath.SHIFT);
            DoubleVector k = shifted.sub(ExactMath.SHIFT);
            DoubleVector r = k.fma(c(-ExactMath.LN2_LO), k.fma(c(-ExactMath.LN2_HI), x));
            DoubleVector g = g10.fma(r, g9).fma(r, g8).fma(r, g7).fma(r, g6).fma(r, g5).fma(r, g4)
                    .fma(r, g3).fma(r, g2).fma(r, g1).fma(r, g0);
            DoubleVector em = r.mul(r).fma(g, r);
            DoubleVector twoK = power(shifted);
            DoubleVector t = twoK.fma(em, twoK.sub(1.0));
            LongVector y = t.div(t.add(2.0)).reinterpretAsLongs();
            y.or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles().intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = ExactMath.tanh(z[i]);
        }
    }

    /** 2^k from lanes holding k + SHIFT, from exponent bits (as ExactMath.powerOfShifted). */
    private static DoubleVector power(DoubleVector shifted) {
        return shifted.reinterpretAsLongs().sub(POWER_BIAS)
                .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(SPECIES, v);
    }

    /** a[i] = max(0, z[i]). */
    static void relu(double[] z, double[] a, int n) {
        int i = 0;
        for (int bound = Vectors.enabled() ? SPECIES.loopBound(n) : 0; i < bound; i += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, z, i).max(0.0).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = Math.max(z[i], 0.0); // as the vector max: NaN stays NaN
        }
    }

    /** dz[i] = z[i] >= 0 ? da[i] : slope * da[i] (ReLU with slope 0, leaky ReLU with 0.01). */
    static void reluBackward(double[] da, double[] z, double[] dz, int n, double slope) {
        int i = 0;
        for (int bound = Vectors.enabled() ? SPECIES.loopBound(n) : 0; i < bound; i += SPECIES.length()) {
            DoubleVector d = DoubleVector.fromArray(SPECIES, da, i);
            DoubleVector zv = DoubleVector.fromArray(SPECIES, z, i);
            // ReLU blends in a true 0 (not 0 * da, which is NaN for an infinite da).
            DoubleVector low = slope == 0.0 ? DoubleVector.zero(SPECIES) : d.mul(slope);
            d.blend(low, zv.compare(VectorOperators.LT, 0.0)).intoArray(dz, i);
        }
        for (; i < n; i++) {
            dz[i] = z[i] < 0 ? (slope == 0.0 ? 0.0 : slope * da[i]) : da[i]; // as the blend: a NaN z passes da
        }
    }
}
