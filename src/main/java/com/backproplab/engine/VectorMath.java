package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
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

    /** a[i] = 1 / (1 + e^-z[i]); saturates to exactly 0 or 1 without NaN. */
    static void sigmoid(double[] z, double[] a, int n) {
        int i = 0;
        int bound = SPECIES.loopBound(n);
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        for (; i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, z, i).neg();
            DoubleVector e = x.compare(VectorOperators.GT, ExactMath.SIGMOID_FAST_HIGH).anyTrue()
                    ? exp(x) : expNormal(x.max(ExactMath.SIGMOID_LOW));
            one.div(e.add(1.0)).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = ExactMath.sigmoid(z[i]);
        }
    }

    /** a[i] = tanh z[i]. */
    static void tanh(double[] z, double[] a, int n) {
        int i = 0;
        int bound = SPECIES.loopBound(n);
        for (; i < bound; i += SPECIES.length()) {
            tanh(DoubleVector.fromArray(SPECIES, z, i)).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = ExactMath.tanh(z[i]);
        }
    }

    /** {@link ExactMath#exp} on every lane. */
    static DoubleVector exp(DoubleVector x) {
        x = x.max(ExactMath.EXP_LOW).min(ExactMath.EXP_HIGH);
        DoubleVector k = x.fma(ExactMath.LOG2E, ExactMath.SHIFT).sub(ExactMath.SHIFT);
        VectorMask<Double> negative = k.compare(VectorOperators.LT, 0.0);
        DoubleVector below = c(-1.0).blend(54.0, negative);
        DoubleVector second = c(2.0).blend(0x1.0p-54, negative);
        return reduced(x, k).mul(power(k.add(below))).mul(second);
    }

    /** e^x where it is a normal number (ExactMath.SIGMOID_LOW <= x <= ExactMath.SIGMOID_FAST_HIGH): one product. */
    private static DoubleVector expNormal(DoubleVector x) {
        DoubleVector k = x.fma(ExactMath.LOG2E, ExactMath.SHIFT).sub(ExactMath.SHIFT);
        return reduced(x, k).mul(power(k));
    }

    /** e^r for r = x - k ln 2, |r| <= ln(2)/2: ExactMath.exp's degree-13 Taylor polynomial. */
    private static DoubleVector reduced(DoubleVector x, DoubleVector k) {
        DoubleVector nk = k.neg();
        DoubleVector r = nk.fma(c(ExactMath.LN2_LO), nk.fma(c(ExactMath.LN2_HI), x));
        DoubleVector p = DoubleVector.broadcast(SPECIES, ExactMath.C13);
        p = p.fma(r, c(ExactMath.C12));
        p = p.fma(r, c(ExactMath.C11));
        p = p.fma(r, c(ExactMath.C10));
        p = p.fma(r, c(ExactMath.C9));
        p = p.fma(r, c(ExactMath.C8));
        p = p.fma(r, c(ExactMath.C7));
        p = p.fma(r, c(ExactMath.C6));
        p = p.fma(r, c(ExactMath.C5));
        p = p.fma(r, c(ExactMath.C4));
        p = p.fma(r, c(ExactMath.C3));
        p = p.fma(r, c(ExactMath.C2));
        p = p.fma(r, c(ExactMath.C1));
        return p.fma(r, c(ExactMath.C0));
    }

    /** {@link ExactMath#expm1} on every lane. */
    static DoubleVector expm1(DoubleVector x) {
        DoubleVector k = x.fma(ExactMath.LOG2E, ExactMath.SHIFT).sub(ExactMath.SHIFT);
        DoubleVector nk = k.neg();
        DoubleVector r = nk.fma(c(ExactMath.LN2_LO), nk.fma(c(ExactMath.LN2_HI), x));
        DoubleVector q = DoubleVector.broadcast(SPECIES, ExactMath.C14);
        q = q.fma(r, c(ExactMath.C13));
        q = q.fma(r, c(ExactMath.C12));
        q = q.fma(r, c(ExactMath.C11));
        q = q.fma(r, c(ExactMath.C10));
        q = q.fma(r, c(ExactMath.C9));
        q = q.fma(r, c(ExactMath.C8));
        q = q.fma(r, c(ExactMath.C7));
        q = q.fma(r, c(ExactMath.C6));
        q = q.fma(r, c(ExactMath.C5));
        q = q.fma(r, c(ExactMath.C4));
        q = q.fma(r, c(ExactMath.C3));
        q = q.fma(r, c(ExactMath.C2));
        DoubleVector em = r.mul(r).fma(q, r);
        DoubleVector twoK = power(k);
        return twoK.fma(em, twoK.sub(1.0));
    }

    /** {@link ExactMath#tanh} on every lane. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector a = x.abs();
        DoubleVector t = expm1(a.min(ExactMath.TANH_ONE).mul(2.0));
        DoubleVector y = t.div(t.add(2.0)).blend(1.0, a.compare(VectorOperators.GE, ExactMath.TANH_ONE));
        LongVector magnitude = y.reinterpretAsLongs().and(Long.MAX_VALUE);
        LongVector sign = x.reinterpretAsLongs().and(Long.MIN_VALUE);
        return magnitude.or(sign).reinterpretAsDoubles();
    }

    /** 2^integer for a whole-valued lane, from exponent bits (as ExactMath.bitsOfPower). */
    private static DoubleVector power(DoubleVector integer) {
        return integer.add(ExactMath.SHIFT).reinterpretAsLongs().sub(POWER_BIAS)
                .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(SPECIES, v);
    }

    /** a[i] = max(0, z[i]). */
    static void relu(double[] z, double[] a, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, z, i).max(0.0).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = z[i] > 0 ? z[i] : 0.0;
        }
    }

    /** dz[i] = z[i] >= 0 ? da[i] : slope * da[i] (ReLU with slope 0, leaky ReLU with 0.01). */
    static void reluBackward(double[] da, double[] z, double[] dz, int n, double slope) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector d = DoubleVector.fromArray(SPECIES, da, i);
            DoubleVector zv = DoubleVector.fromArray(SPECIES, z, i);
            // ReLU blends in a true 0 (not 0 * da, which is NaN for an infinite da).
            DoubleVector low = slope == 0.0 ? DoubleVector.zero(SPECIES) : d.mul(slope);
            d.blend(low, zv.compare(VectorOperators.LT, 0.0)).intoArray(dz, i);
        }
        for (; i < n; i++) {
            dz[i] = z[i] >= 0 ? da[i] : slope == 0.0 ? 0.0 : slope * da[i];
        }
    }
}
