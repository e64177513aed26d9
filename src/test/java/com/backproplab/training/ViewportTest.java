package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.data.Dataset;
import com.backproplab.data.Bounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    @DisplayName("should keep the default view when the points fit, else frame them in a square with a margin")
    void around() {
        assertEquals(Viewport.defaults(), Viewport.around(Dataset.empty()));
        assertEquals(Viewport.defaults(),
                Viewport.around(Dataset.of(new double[] {-5, 5}, new double[] {0, 1}, new int[] {0, 1})));
        Viewport v = Viewport.around(Dataset.of(new double[] {10, -10}, new double[] {20, 0}, new int[] {1, 0}));
        assertEquals(new Viewport(-11, 11, -1, 21), v);
    }

    @Test
    @DisplayName("should place the grid's cells where the plotting core does, and refuse an empty rectangle")
    void cells() {
        Viewport v = new Viewport(0, 4, 0, 2);
        assertEquals(new Bounds(0, 4, 0, 2), v.bounds());
        assertEquals(v, Viewport.of(v.bounds()));
        for (int k = 0; k < 4; k++) {
            assertEquals(v.bounds().x(k, 4), v.x(k, 4));
            assertEquals(v.bounds().y(k, 4), v.y(k, 4));
        }
        assertEquals(1.75, v.y(0, 4), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(1, 1, 0, 1));
    }
}
