package com.backproplab.plot;

import com.backproplab.data.Bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    @DisplayName("should map the view's corners to the rectangle's, y upwards in data and downwards on screen")
    void corners() {
        Projection p = new Projection(new Bounds(-2, 2, 0, 10), 40, 10, 200, 100);
        assertEquals(40, p.pixelX(-2), 1e-12);
        assertEquals(240, p.pixelX(2), 1e-12);
        assertEquals(10, p.pixelY(10), 1e-12);
        assertEquals(110, p.pixelY(0), 1e-12);
        assertEquals(0.02, p.dataPerPixel(), 1e-15);
        assertTrue(p.contains(40, 110));
        assertFalse(p.contains(39.9, 50));
    }

    @Test
    @DisplayName("should map pixels back to the data point they show")
    void roundTrip() {
        Projection p = new Projection(new Bounds(-11, 11, -1, 21), 44.5, 12, 617, 617);
        for (double v = -11; v <= 11; v += 0.7) {
            assertEquals(v, p.dataX(p.pixelX(v)), 1e-12);
            assertEquals(v + 10, p.dataY(p.pixelY(v + 10)), 1e-12);
        }
    }
}
