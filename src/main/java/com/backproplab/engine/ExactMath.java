package com.backproplab.engine;

/**
 * exp, tanh and the logistic function from IEEE basic operations and {@code Math.fma} only, so they give the same
 * bits in the interpreter, in C1 and C2 code and on every CPU (the JDK's {@code Math.exp} and the Vector API's
 * EXP and TANH may use CPU-specific intrinsics that round differently). {@link VectorMath} runs the very same
 * sequence of operations on vectors. Accurate to a few ulp over the whole double range (see docs/math.md,
 * "Bit-exact results").
 */
final class ExactMath {
    static final double LOG2E = 1.4426950408889634;
    /** ln 2 split in two: HI has trailing zero bits, so k * HI is exact for the k that occur. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5 * 2^52: adding it rounds to an integer, which then sits in the low bits of the mantissa. */
    static final double SHIFT = 0x1.8p52;
    static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
    /** Below this e^x is 0 in double, above the other it is infinite. */
    static final double EXP_LOW = -746.0;
    static final double EXP_HIGH = 710.0;
    /**
     * The logistic function's fast range for x = -z: below the first, e^x < 2^-57 and 1 + e^x rounds to 1; up to
     * the second, 2^k is a normal number and p * 2^k rounds once, so one product replaces {@link #scale}.
     */
    static final double SIGMOID_LOW = -40.0;
    static final double SIGMOID_FAST_HIGH = 708.0;
    /** tanh x rounds to +-1 beyond this. */
    static final double TANH_ONE = 22.0;
    /**
     * G(r) = (e^r - 1 - r) / r^2 on |r| <= ln(2)/2, as G[0] + G[1] r + ... + G[10] r^10: a polynomial fitted at Chebyshev
     * nodes (scripts/fit-exp-polynomial.py), within 3e-18 of G there; e^r = 1 + r + r^2 G(r) and
     * e^r - 1 = r + r^2 G(r). Two multiply-adds fewer than the Taylor series of the same accuracy.
     */
    static final double[] G = {0.5, 0.1666666666666667, 0.04166666666666667, 0.008333333333326141,
        0.0013888888888883752, 0.00019841269874800493, 2.4801587325533363e-05, 2.7557255425746435e-06,
        2.7557273661348637e-07, 2.510520637395701e-08, 2.0914679376583935e-09};

    private ExactMath() {
    }

    /** e^x. */
    static double exp(double x) {
        x = Math.min(Math.max(x, EXP_LOW), EXP_HIGH);
        double shifted = Math.fma(x, LOG2E, SHIFT);
        double k = shifted - SHIFT;
        double r = Math.fma(k, -LN2_LO, Math.fma(k, -LN2_HI, x));
        return scale(Math.fma(Math.fma(g(r), r, 1.0), r, 1.0), k);
    }

    /** G(r) in Horner form (VectorMath#g runs the same steps). */
    static double g(double r) {
        double g = G[10];
        for (int k = 9; k >= 0; k--) {
            g = Math.fma(g, r, G[k]);
        }
        return g;
    }

    /**
     * p * 2^k with one rounding at most: 2^k is built from exponent bits in two factors, the first exact (p stays
     * normal), so subnormal and overflowing results round once, like a correctly scaled product.
     */
    static double scale(double p, double k) {
        double below = k < 0 ? 54.0 : -1.0;
        double first = bitsOfPower(k + below);
        double second = k < 0 ? 0x1.0p-54 : 2.0;
        return p * first * second;
    }

    private static double bitsOfPower(double integer) {
        return powerOfShifted(integer + SHIFT);
    }

    /** 2^k from k + SHIFT, whose low mantissa bits hold k: no need to add SHIFT back to k. */
    private static double powerOfShifted(double shifted) {
        long biased = Double.doubleToRawLongBits(shifted) - (SHIFT_BITS - 1023);
        return Double.longBitsToDouble(biased << 52);
    }

    /** e^x - 1, for |x| <= 2 * TANH_ONE: accurate also where e^x is close to 1. */
    static double expm1(double x) {
        double shifted = Math.fma(x, LOG2E, SHIFT);
        double k = shifted - SHIFT;
        double r = Math.fma(k, -LN2_LO, Math.fma(k, -LN2_HI, x));
        double em = Math.fma(r * r, g(r), r);
        double twoK = powerOfShifted(shifted);
        return Math.fma(twoK, em, twoK - 1.0);
    }

    /**
     * tanh x = expm1(2|x|) / (expm1(2|x|) + 2), with the sign of x. From |x| = 22 on, t = expm1(44) is so large
     * that t + 2 rounds to t and the quotient is exactly 1, so no separate branch is needed; the quotient is never
     * negative, so the sign bit of x is simply or-ed in.
     */
    static double tanh(double x) {
        double a = Math.abs(x);
        double t = expm1(Math.min(a, TANH_ONE) * 2.0);
        double y = t / (t + 2.0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) | (Double.doubleToRawLongBits(x) & Long.MIN_VALUE));
    }

    /**
     * 1 / (1 + e^-z): exactly 0 or 1 when saturated, never NaN for a non-NaN z. The same bits as with {@link #exp},
     * with fewer operations where the result is neither subnormal nor infinite (nearly always).
     */
    static double sigmoid(double z) {
        double x = -z;
        if (x > SIGMOID_FAST_HIGH) {
            return 1.0 / (1.0 + exp(x));
        }
        x = Math.max(x, SIGMOID_LOW);
        double shifted = Math.fma(x, LOG2E, SHIFT);
        double k = shifted - SHIFT;
        double r = Math.fma(k, -LN2_LO, Math.fma(k, -LN2_HI, x));
        double e = Math.fma(Math.fma(g(r), r, 1.0), r, 1.0) * powerOfShifted(shifted);
        return 1.0 / (1.0 + e);
    }
}
