package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoundsTest {

    private static Dataset points(double[] x1, double[] x2) {
        return Dataset.of(x1, x2, new int[x1.length]);
    }

    @Test
    @DisplayName("should keep the default view while every point fits in it")
    void defaults() {
        assertEquals(new Bounds(-6, 6, -6, 6), Bounds.defaults());
        assertEquals(Bounds.defaults(), Bounds.around());
        assertEquals(Bounds.defaults(), Bounds.around(Dataset.empty(), Dataset.empty()));
        assertEquals(Bounds.defaults(), Bounds.around(points(new double[] {-6, 6}, new double[] {6, -6})));
    }

    @Test
    @DisplayName("should frame points outside the default view in a square with a 10% margin, over all sets")
    void margin() {
        // Together the two sets span x1 in [-10, 10] and x2 in [0, 20]: half extent 10, plus 10%.
        Bounds b = Bounds.around(points(new double[] {10}, new double[] {20}), points(new double[] {-10},
                new double[] {0}));
        assertEquals(-11, b.xMin(), 1e-12);
        assertEquals(11, b.xMax(), 1e-12);
        assertEquals(-1, b.yMin(), 1e-12);
        assertEquals(21, b.yMax(), 1e-12);
        assertEquals(0.10, Bounds.MARGIN);
    }

    @Test
    @DisplayName("should give a single far spot a view of its own size, never an empty one")
    void singleSpot() {
        assertEquals(new Bounds(45, 55, 2, 12), Bounds.around(points(new double[] {50, 50}, new double[] {7, 7})),
                "two points on one spot");
        Bounds far = Bounds.around(points(new double[] {50}, new double[] {7}));
        assertEquals(new Bounds(45, 55, 2, 12), far, "a tenth of the distance from the origin as half width");
        assertEquals(new Bounds(6, 8, 6, 8), Bounds.around(points(new double[] {7}, new double[] {7})),
                "at least 1 as half width");
    }

    @Test
    @DisplayName("should place cell centres with row 0 at the top, find the cell of a point, refuse empty rectangles")
    void cells() {
        Bounds b = new Bounds(0, 4, 0, 2);
        assertEquals(0.5, b.x(0, 4), 1e-15);
        assertEquals(3.5, b.x(3, 4), 1e-15);
        assertEquals(2.0, b.x(1.5, 4), 1e-15);
        assertEquals(1.75, b.y(0, 4), 1e-15);
        assertEquals(0.25, b.y(3, 4), 1e-15);
        for (int i = 0; i < 4; i++) {
            assertEquals(i, b.column(b.x(i, 4), 4));
            assertEquals(i, b.row(b.y(i, 4), 4));
        }
        assertEquals(-1, b.column(-0.1, 4));
        assertEquals(4, b.row(-0.1, 4));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(0, 1, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(0, Double.NaN, 0, 1));
    }

    @Test
    @DisplayName("should give a finite view around points near the largest doubles instead of throwing")
    void extremePoints() {
        Bounds b = Bounds.around(points(new double[] {1e308, -1e308, 0}, new double[] {1e308, -1e308, 1}));
        org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(b.xMax() - b.xMin())
                && Double.isFinite(b.yMax() - b.yMin()) && b.xMin() < 0 && b.xMax() > 0, b.toString());
        Bounds far = Bounds.around(points(new double[] {Double.MAX_VALUE, Double.MAX_VALUE},
                new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}));
        org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(far.yMax() - far.yMin()), far.toString());
    }
}
