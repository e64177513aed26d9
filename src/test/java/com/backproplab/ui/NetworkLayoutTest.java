package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where the network view puts its units: readable at any width, and what lies under the pointer. */
class NetworkLayoutTest {
    private static final int[][] NETWORKS = {{2, 1}, {2, 8, 8, 1}, {2, 8, 8, 8, 8, 8, 8, 1}, {2, 32, 32, 32, 1},
        {2, 64, 1}, {2, 64, 64, 64, 64, 1}, {2, 3, 64, 5, 1}};
    private static final double[][] VIEWS = {{200, 140}, {400, 250}, {620, 330}, {1100, 700}};

    /** Every pair of units, in every layer and across layers, has room between their squares. */
    private static void assertNoOverlap(NetworkLayout p, String what) {
        double s = p.node();
        for (int l = 0; l <= p.layers(); l++) {
            assertTrue(p.x(l) - s / 2 >= 0 && p.x(l) + s / 2 <= p.width(), what + ": layer " + l + " inside");
            if (l > 0) {
                assertTrue(p.x(l) - p.x(l - 1) > s, what + ": columns " + (l - 1) + " and " + l + " apart");
            }
            for (int i = 1; i < p.units(l); i++) {
                assertTrue(p.y(l, i) - p.y(l, i - 1) >= s * (1 + NetworkLayout.GAP) - 1e-9,
                        what + ": units " + (i - 1) + " and " + i + " of layer " + l + " apart");
            }
        }
    }

    @Test
    @DisplayName("should never overlap units, up to 64 per layer, at any view size")
    void noOverlap() {
        for (int[] sizes : NETWORKS) {
            for (double[] v : VIEWS) {
                NetworkLayout p = new NetworkLayout(sizes, v[0], v[1], 14);
                String what = java.util.Arrays.toString(sizes) + " in " + v[0] + " x " + v[1];
                assertNoOverlap(p, what);
                assertTrue(p.node() >= NetworkLayout.MIN_NODE && p.node() <= NetworkLayout.MAX_NODE, what);
            }
        }
    }

    @Test
    @DisplayName("should scroll a layer of 64 units that does not fit, to its last unit")
    void wideLayersScroll() {
        NetworkLayout p = new NetworkLayout(new int[] {2, 64, 64, 1}, 400, 250, 14);
        assertEquals(NetworkLayout.MIN_NODE, p.node());
        assertTrue(p.maxScroll() > 0);
        double bottom = p.rowsBottom();
        assertTrue(p.y(1, 63) > bottom, "the last unit starts below the view");
        p.scrollTo(1e9);
        assertEquals(p.maxScroll(), p.scroll());
        assertTrue(p.y(1, 63) + p.node() / 2 <= bottom + 1e-9 && p.y(1, 63) > bottom - p.node() * 2,
                "the last unit at the bottom of the view once scrolled");
        NetworkLayout fits = new NetworkLayout(new int[] {2, 8, 8, 1}, 400, 250, 14);
        assertEquals(0, fits.maxScroll());
        assertTrue(fits.node() > 15, "units grow when there is room: " + fits.node());
    }

    @Test
    @DisplayName("should tell a unit, its bias handle and an edge under the pointer, and nothing off the rows")
    void hits() {
        NetworkLayout p = new NetworkLayout(new int[] {2, 3, 1}, 400, 250, 14);
        assertEquals(new NetworkLayout.Hit(NetworkLayout.Kind.UNIT, 1, 2, -1), p.hit(p.x(1) + 2, p.y(1, 2) - 3));
        double b = p.biasSize();
        assertEquals(new NetworkLayout.Hit(NetworkLayout.Kind.BIAS, 1, 2, -1),
                p.hit(p.biasLeft(1) + b / 2, p.biasTop(1, 2) + b / 2));
        assertEquals(new NetworkLayout.Hit(NetworkLayout.Kind.UNIT, 0, 1, -1), p.hit(p.x(0), p.y(0, 1)));
        // A quarter of the way along the edge from input 0 to unit 0 of layer 1, then one pixel beside it.
        double x0 = p.x(0) + p.node() / 2, y0 = p.y(0, 0), x1 = p.x(1) - p.node() / 2, y1 = p.y(1, 0);
        double ex = x0 + 0.25 * (x1 - x0), ey = y0 + 0.25 * (y1 - y0);
        assertEquals(new NetworkLayout.Hit(NetworkLayout.Kind.EDGE, 1, 0, 0), p.hit(ex, ey + 1));
        // From the last hidden unit to the output.
        double ox = (p.x(1) + p.node() / 2 + p.x(2) - p.node() / 2) / 2, oy = (p.y(1, 2) + p.y(2, 0)) / 2;
        assertEquals(new NetworkLayout.Hit(NetworkLayout.Kind.EDGE, 2, 0, 2), p.hit(ox, oy));
        assertNull(p.hit(p.x(0), NetworkLayout.TOP - 2), "the readout line");
        assertNull(p.hit(p.x(1), p.rowsBottom() + 2), "the labels");
        assertNull(p.hit(p.x(1), p.y(1, 0) - p.node()), "between two units of a column");
    }

    @Test
    @DisplayName("should measure the distance to a segment, ends included")
    void distance() {
        assertEquals(0, NetworkLayout.distance(5, 5, 0, 0, 10, 10), 1e-12);
        assertEquals(Math.sqrt(8), NetworkLayout.distance(12, 12, 0, 0, 10, 10), 1e-12);
        assertEquals(3, NetworkLayout.distance(5, 3, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distance(3, 4, 0, 0, 0, 0), 1e-12);
    }
}
