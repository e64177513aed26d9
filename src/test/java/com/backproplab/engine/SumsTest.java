package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SumsTest {
    @Test
    @DisplayName("should add in the documented order (16 chains, then a fixed tree) at every length and offset")
    void documentedOrder() {
        checkOrder();
    }

    @Test
    @DisplayName("should add in the same order with the vector bodies off (the scalar chains)")
    void documentedOrderScalar() {
        Vectors.setEnabled(false);
        try {
            checkOrder();
        } finally {
            Vectors.setEnabled(true);
        }
    }

    private static void checkOrder() {
        SplittableRandom r = new SplittableRandom(17);
        // Enough rounds for C2 to compile the vector paths mid-test.
        for (int round = 0; round < 3000; round++) {
            int n = r.nextInt(0, 300);
            int from = r.nextInt(0, 5);
            double[] x = new double[from + n];
            for (int i = 0; i < x.length; i++) {
                // Magnitudes far apart, so another order would round differently.
                x[i] = r.nextDouble(-1, 1) * Math.pow(10, r.nextInt(-8, 9));
            }
            double[] tail = java.util.Arrays.copyOfRange(x, from, from + n);
            assertEquals(model(x, from, n, 0), Sums.sum(x, from, n), 0.0);
            assertEquals(model(tail, 0, n, 1), Sums.sumSquares(tail, n), 0.0);
            assertEquals(model(tail, 0, n, 2), Sums.sumAbs(tail, n), 0.0);
        }
    }

    @Test
    @DisplayName("should differ from a left-to-right sum, so the order above is really tested")
    void orderMatters() {
        double[] x = new double[64];
        x[0] = 1e16;
        for (int i = 1; i < 64; i++) {
            x[i] = 1.0;
        }
        double leftToRight = 0;
        for (double v : x) {
            leftToRight += v;
        }
        assertEquals(1e16, leftToRight, 0.0);
        assertEquals(1e16 + 60, Sums.sum(x, 0, 64), 0.0);
    }

    /** The definition written plainly. */
    private static double model(double[] x, int from, int n, int kind) {
        if (n < Sums.WIDE) {
            int chains = kind == 0 ? 8 : 4;
            double[] c = new double[chains];
            for (int i = 0; i < n; i++) {
                int k = i < n / chains * chains ? i % chains : 0;
                c[k] = term(x[from + i], c[k], kind);
            }
            return chains == 8 ? ((c[0] + c[1]) + (c[2] + c[3])) + ((c[4] + c[5]) + (c[6] + c[7]))
                    : (c[0] + c[1]) + (c[2] + c[3]);
        }
        int blocks = n / 16 * 16;
        double[] p = new double[16];
        for (int i = 0; i < blocks; i++) {
            p[i % 16] = term(x[from + i], p[i % 16], kind);
        }
        double[] s = new double[4];
        for (int j = 0; j < 4; j++) {
            s[j] = (p[j] + p[j + 4]) + (p[j + 8] + p[j + 12]);
        }
        double tail = 0;
        for (int i = blocks; i < n; i++) {
            tail = term(x[from + i], tail, kind);
        }
        return ((s[0] + s[1]) + (s[2] + s[3])) + tail;
    }

    private static double term(double v, double s, int kind) {
        return kind == 1 ? Math.fma(v, v, s) : s + (kind == 2 ? Math.abs(v) : v);
    }
}
