package com.backproplab.plot;

import com.backproplab.data.Bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContourTest {

    @Test
    @DisplayName("should trace P = 0.5 of a ramp as one straight line where the ramp crosses it, in data coordinates")
    void ramp() {
        Bounds view = new Bounds(-4, 4, -4, 4);
        int n = 16;
        // P grows with x: 0.5 at x = 1.
        Contour c = Contour.trace(view, (i, j) -> (float) (0.5 + (view.x(i, n) - 1) / 10), n);
        assertEquals(n - 1, c.size(), "one segment per row of cells");
        for (int k = 0; k < c.size(); k++) {
            assertEquals(1, c.x0(k), 1e-6);
            assertEquals(1, c.x1(k), 1e-6);
            assertEquals(0.5, Math.abs(c.y1(k) - c.y0(k)), 1e-9, "a cell high");
        }
    }

    @Test
    @DisplayName("should trace a circle within half a cell of its radius, and skip cells with a NaN corner")
    void circle() {
        Bounds view = new Bounds(-1, 1, -1, 1);
        int n = 64;
        Contour.Samples disc = (i, j) -> Math.hypot(view.x(i, n), view.y(j, n)) < 0.6 ? 1f : 0f;
        Contour c = Contour.trace(view, (i, j) -> (float) (1 / (1 + Math.exp(
                20 * (Math.hypot(view.x(i, n), view.y(j, n)) - 0.6)))), n);
        assertTrue(c.size() > 100, c.toString());
        for (int k = 0; k < c.size(); k++) {
            assertEquals(0.6, Math.hypot(c.x0(k), c.y0(k)), 1.0 / n);
        }
        Contour holed = Contour.trace(view, (i, j) -> i == 51 && j == 32 ? Float.NaN : disc.at(i, j), n);
        Contour whole = Contour.trace(view, disc, n);
        assertTrue(whole.size() > holed.size() && holed.size() > 0, whole + " vs " + holed);
        assertEquals(0, Contour.trace(view, (i, j) -> 0.2f, n).size(), "no crossing, no line");
        assertEquals(0, Contour.empty().size());
    }

    @Test
    @DisplayName("should trace a large lattice on every few cells, at most about 400 a side")
    void stride() {
        Bounds view = new Bounds(0, 1, 0, 1);
        int n = 4000;
        Contour c = Contour.trace(view, (i, j) -> (float) view.x(i, n), n);
        assertEquals(399, c.size(), "a vertical line through the 399 rows of 10 x 10 cells that fit");
        assertEquals(0.5, c.x0(0), 1e-6);
    }
}
