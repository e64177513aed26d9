package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SumsTest {
    @Test
    @DisplayName("should add in the documented order (32 chains, then a balanced tree) at every length and offset")
    void documentedOrder() {
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
        assertEquals(1e16 + 62, Sums.sum(x, 0, 64), 0.0);
    }

    /** The definition written plainly: partial i mod 32, then pairwise. */
    private static double model(double[] x, int from, int n, int kind) {
        double[] p = new double[32];
        for (int i = 0; i < n; i++) {
            double v = x[from + i];
            p[i % 32] = kind == 1 ? Math.fma(v, v, p[i % 32]) : p[i % 32] + (kind == 2 ? Math.abs(v) : v);
        }
        for (int w = 16; w >= 1; w /= 2) {
            double[] q = new double[w];
            for (int i = 0; i < w; i++) {
                q[i] = p[2 * i] + p[2 * i + 1];
            }
            p = q;
        }
        return p[0];
    }
}
