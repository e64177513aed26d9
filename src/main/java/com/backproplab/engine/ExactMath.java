package com.backproplab.engine;

/**
 * exp, tanh and the logistic function from IEEE basic operations and {@code Math.fma} only, so they give the same
 * bits in the interpreter, in C1 and C2 code and on every CPU (the JDK's {@code Math.exp} and the Vector API's
 * EXP and TANH may use CPU-specific intrinsics that round differently). {@link VectorMath} runs the very same
 * sequence of operations on vectors. Accurate to about 2 ulp over the whole double range (see docs/math.md,
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
    /** 1/i! for i = 0..14, the Taylor coefficients of e^r on |r| <= ln(2)/2 (truncation error below 1e-17). */
    static final double[] INV_FACT = new double[15];

    static {
        double f = 1.0;
        for (int i = 0; i < INV_FACT.length; i++) {
            f = i == 0 ? 1.0 : f * i;
            INV_FACT[i] = 1.0 / f;
        }
    }

    // The same coefficients as named constants, for VectorMath's unrolled Horner steps.
    static final double C0 = INV_FACT[0];
    static final double C1 = INV_FACT[1];
    static final double C2 = INV_FACT[2];
    static final double C3 = INV_FACT[3];
    static final double C4 = INV_FACT[4];
    static final double C5 = INV_FACT[5];
    static final double C6 = INV_FACT[6];
    static final double C7 = INV_FACT[7];
    static final double C8 = INV_FACT[8];
    static final double C9 = INV_FACT[9];
    static final double C10 = INV_FACT[10];
    static final double C11 = INV_FACT[11];
    static final double C12 = INV_FACT[12];
    static final double C13 = INV_FACT[13];
    static final double C14 = INV_FACT[14];

    private ExactMath() {
    }

    /** e^x. */
    static double exp(double x) {
        x = Math.min(Math.max(x, EXP_LOW), EXP_HIGH);
        double shifted = Math.fma(x, LOG2E, SHIFT);
        double k = shifted - SHIFT;
        double r = Math.fma(-k, LN2_LO, Math.fma(-k, LN2_HI, x));
        double p = INV_FACT[13];
        for (int i = 12; i >= 0; i--) {
            p = Math.fma(p, r, INV_FACT[i]);
        }
        return scale(p, k);
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
        long biased = Double.doubleToRawLongBits(integer + SHIFT) - (SHIFT_BITS - 1023);
        return Double.longBitsToDouble(biased << 52);
    }

    /** e^x - 1, for |x| <= 2 * TANH_ONE: accurate also where e^x is close to 1. */
    static double expm1(double x) {
        double shifted = Math.fma(x, LOG2E, SHIFT);
        double k = shifted - SHIFT;
        double r = Math.fma(-k, LN2_LO, Math.fma(-k, LN2_HI, x));
        double q = INV_FACT[14];
        for (int i = 13; i >= 2; i--) {
            q = Math.fma(q, r, INV_FACT[i]);
        }
        double em = Math.fma(r * r, q, r);
        double twoK = bitsOfPower(k);
        return Math.fma(twoK, em, twoK - 1.0);
    }

    /** tanh x = expm1(2|x|) / (expm1(2|x|) + 2), with the sign of x; +-1 beyond 22. */
    static double tanh(double x) {
        double a = Math.abs(x);
        double t = expm1(Math.min(a, TANH_ONE) * 2.0);
        double y = a >= TANH_ONE ? 1.0 : t / (t + 2.0);
        long magnitude = Double.doubleToRawLongBits(y) & Long.MAX_VALUE;
        return Double.longBitsToDouble(magnitude | (Double.doubleToRawLongBits(x) & Long.MIN_VALUE));
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
        double r = Math.fma(-k, LN2_LO, Math.fma(-k, LN2_HI, x));
        double p = INV_FACT[13];
        for (int i = 12; i >= 0; i--) {
            p = Math.fma(p, r, INV_FACT[i]);
        }
        return 1.0 / (1.0 + p * bitsOfPower(k));
    }
}
