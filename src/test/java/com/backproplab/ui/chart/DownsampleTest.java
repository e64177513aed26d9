package com.backproplab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DownsampleTest {

    @Test
    @DisplayName("should keep the min and max of every pixel column, so a one-sample spike survives")
    void spikeSurvives() {
        int n = 1000;
        double[] px = new double[n], py = new double[n];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            px[i] = i * 100.0 / n; // 10 samples per column over 100 columns
            py[i] = 50 + rnd.nextDouble();
        }
        py[437] = 3; // spike up (small pixel y)
        py[438] = 97; // and down in the same column
        double[] ox = new double[2 * n], oy = new double[2 * n];
        int m = Downsample.minMax(px, py, n, ox, oy);
        assertTrue(m <= 200, "at most two points per column, found " + m);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            lo = Math.min(lo, oy[i]);
            hi = Math.max(hi, oy[i]);
        }
        assertEquals(3, lo);
        assertEquals(97, hi);
        for (int c = 0; c < 100; c++) { // every column's own extremes are kept, in order
            double cmin = Double.POSITIVE_INFINITY, cmax = Double.NEGATIVE_INFINITY;
            for (int i = c * 10; i < c * 10 + 10; i++) {
                cmin = Math.min(cmin, py[i]);
                cmax = Math.max(cmax, py[i]);
            }
            boolean hasMin = false, hasMax = false;
            for (int i = 0; i < m; i++) {
                if ((int) Math.floor(ox[i]) == c) {
                    hasMin |= oy[i] == cmin;
                    hasMax |= oy[i] == cmax;
                }
            }
            assertTrue(hasMin && hasMax, "column " + c);
        }
        for (int i = 1; i < m; i++) {
            assertTrue(ox[i] >= ox[i - 1], "order kept");
        }
    }

    @Test
    @DisplayName("should pass short lines through and break at columns with no finite value")
    void gaps() {
        double[] px = {0, 1, 2, 3, 3.5}, py = {1, Double.NaN, Double.POSITIVE_INFINITY, 4, Double.NaN};
        double[] ox = new double[10], oy = new double[10];
        int m = Downsample.minMax(px, py, 5, ox, oy);
        assertEquals(4, m);
        assertEquals(1, oy[0]);
        assertTrue(Double.isNaN(oy[1]));
        assertTrue(Double.isNaN(oy[2]));
        assertEquals(4, oy[3]);
        assertEquals(3, ox[3]);
    }

    @Test
    @DisplayName("should return nothing for nothing")
    void empty() {
        assertEquals(0, Downsample.minMax(new double[0], new double[0], 0, new double[0], new double[0]));
    }
}
