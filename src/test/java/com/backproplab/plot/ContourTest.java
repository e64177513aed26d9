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

    @Test
    @DisplayName("should draw a plateau at exactly P = 0.5 along its edge, never across it, and no zero-length piece")
    void plateauAtTheLevel() {
        Bounds view = new Bounds(0, 1, 0, 1);
        int n = 32;
        // A dead-ReLU region: P is exactly 0.5 in the square 8..23 x 8..23, falls away from it outside.
        Contour.Samples p = (i, j) -> {
            int di = Math.max(0, Math.max(8 - i, i - 23)), dj = Math.max(0, Math.max(8 - j, j - 23));
            return di == 0 && dj == 0 ? 0.5f : (float) (0.5 - 0.02 * (di + dj));
        };
        Contour c = Contour.trace(view, p, n);
        assertTrue(c.size() > 0, "the plateau's edge is drawn");
        for (int k = 0; k < c.size(); k++) {
            double[] a = {lattice(view, n, c.x0(k), true), lattice(view, n, c.y0(k), false)};
            double[] b = {lattice(view, n, c.x1(k), true), lattice(view, n, c.y1(k), false)};
            assertTrue(a[0] != b[0] || a[1] != b[1], "a piece of zero length at " + a[0] + ", " + a[1]);
            for (double t = 0; t <= 1; t += 0.25) {
                double x = a[0] + t * (b[0] - a[0]), y = a[1] + t * (b[1] - a[1]);
                boolean inside = x > 8 + 1e-9 && x < 23 - 1e-9 && y > 8 + 1e-9 && y < 23 - 1e-9;
                assertTrue(!inside, "segment " + k + " crosses the plateau at (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    @DisplayName("should draw nothing on a flat field whose float rounding hovers around 0.5")
    void flatField() {
        Bounds view = new Bounds(0, 1, 0, 1);
        int n = 64;
        float[] noise = {0.5f, Math.nextDown(0.5f), Math.nextUp(0.5f), 0.5f + 1.2e-7f};
        Contour c = Contour.trace(view, (i, j) -> noise[(i * 7 + j * 3) % 4], n);
        assertEquals(0, c.size(), "rounding noise is no boundary");
    }

    /** A data coordinate back in lattice units (cell centres at whole numbers). */
    private static double lattice(Bounds view, int n, double v, boolean x) {
        double x0 = x ? view.x(0, n) : view.y(0, n), x1 = x ? view.x(1, n) : view.y(1, n);
        return Math.round((v - x0) / (x1 - x0) * 1e6) / 1e6;
    }
}
