package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExactMathTest {
    private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        1e-300, -1e-300, 1e-17, -1e-17, 1e-8, 0.5, -0.5, 0.3465, 1.0, -1.0, 2.0, 18.9, 19.1, 21.99, 22.0, 22.01,
        -22.0, 100.0, -100.0, 700.0, 709.78, 709.79, 710.0, -700.0, -708.4, -708.5, -720.0, -744.4, -745.1, -745.2,
        -746.0, -800.0, 1e10, -1e10, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    @DisplayName("should compute e^x within 1 ulp of StrictMath over the whole double range")
    void exp() {
        assertWithinUlps(ExactMath::exp, StrictMath::exp, 1);
    }

    @Test
    @DisplayName("should compute tanh x within 3 ulp of StrictMath over the whole double range, signs and zeros kept")
    void tanh() {
        assertWithinUlps(ExactMath::tanh, StrictMath::tanh, 3);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ExactMath.tanh(-0.0)));
        // Saturation comes from the rounding of t / (t + 2), not from a branch: exactly +-1 from 22 on.
        for (double x : new double[] {22.0, 22.5, 40.0, 1e300, Double.POSITIVE_INFINITY}) {
            assertEquals(1.0, ExactMath.tanh(x), 0.0);
            assertEquals(-1.0, ExactMath.tanh(-x), 0.0);
        }
    }

    @Test
    @DisplayName("should compute the logistic function within 4 ulp of a reference, saturating to exactly 0 and 1")
    void sigmoid() {
        // The reference rounds 1 + e^-z too, so the two may stand a little further apart than either from the truth.
        assertWithinUlps(ExactMath::sigmoid, z -> 1.0 / (1.0 + StrictMath.exp(-z)), 4);
        assertEquals(0.0, ExactMath.sigmoid(-1e6));
        assertEquals(1.0, ExactMath.sigmoid(1e6));
        // The short path must not change a bit: it equals the plain formula over exp everywhere.
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 400_000; i++) {
            double z = i < EDGES.length ? EDGES[i] : i % 2 == 0 ? r.nextDouble(-800, 800) : r.nextDouble(-45, 45);
            sameBits(1.0 / (1.0 + ExactMath.exp(-z)), ExactMath.sigmoid(z), z);
        }
    }

    @Test
    @DisplayName("should give the vector body the same bits as the scalar tail, element by element, warm and cold")
    void vectorMatchesScalar() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 1003;
        double[] z = new double[n];
        double[] t = new double[n];
        double[] s = new double[n];
        // Enough rounds for the optimizing compiler to replace the interpreted vector code mid-test.
        for (int round = 0; round < 1500; round++) {
            for (int i = 0; i < n; i++) {
                z[i] = round % 2 == 0 ? r.nextDouble(-30, 30) : EDGES[i % EDGES.length];
            }
            VectorMath.tanh(z, t, n);
            VectorMath.sigmoid(z, s, n);
            for (int i = 0; i < n; i++) {
                sameBits(ExactMath.tanh(z[i]), t[i], z[i]);
                sameBits(ExactMath.sigmoid(z[i]), s[i], z[i]);
            }
        }
    }

    private static void sameBits(double expected, double actual, double x) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)
                && !(Double.isNaN(expected) && Double.isNaN(actual))) {
            throw new AssertionError("at x = " + x + ": scalar " + expected + ", vector " + actual);
        }
    }

    private static void assertWithinUlps(DoubleUnaryOperator f, DoubleUnaryOperator ref, int ulps) {
        SplittableRandom r = new SplittableRandom(5);
        for (double x : EDGES) {
            check(f, ref, x, ulps);
        }
        for (int i = 0; i < 400_000; i++) {
            // Uniform over the bit patterns covers every binade; the second half stays where the function varies.
            double x = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble(-750, 750);
            check(f, ref, x, ulps);
        }
    }

    private static void check(DoubleUnaryOperator f, DoubleUnaryOperator ref, double x, int ulps) {
        double want = ref.applyAsDouble(x);
        double got = f.applyAsDouble(x);
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), "NaN expected at x = " + x + ", got " + got);
            return;
        }
        long distance = Math.abs(ordered(got) - ordered(want));
        assertTrue(distance <= ulps, "at x = " + x + ": " + got + " is " + distance + " ulp from " + want);
    }

    /** Doubles mapped to longs so that adjacent doubles are adjacent longs (ulp distance by subtraction). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }
}
