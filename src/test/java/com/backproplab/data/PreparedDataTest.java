package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PreparedDataTest {

    @Test
    @DisplayName("should split, normalize with the training part's statistics and lay out {x1, x2, y}")
    void prepares() {
        Dataset all = Dataset.of(new double[] {1, 3, 5, 7}, new double[] {0, 0, 2, 2}, new int[] {0, 1, 0, 1});
        PreparedData p = PreparedData.of(all, 0.0, 1, true);
        assertNull(p.problem());
        assertArrayEquals(new double[] {-1.5 / Math.sqrt(1.25), -0.5 / Math.sqrt(1.25), 0.5 / Math.sqrt(1.25),
            1.5 / Math.sqrt(1.25)}, p.train()[0], 1e-12);
        assertArrayEquals(new double[] {0, 1, 0, 1}, p.train()[2], 0.0);
        assertEquals(0, p.dev()[0].length);
    }

    @Test
    @DisplayName("should refuse points too large to normalize with a sentence instead of throwing")
    void overflow() {
        Dataset all = Dataset.of(new double[] {1e308, 1.7e308, -1e308}, new double[] {0, 1, 2}, new int[] {0, 1, 1});
        PreparedData p = PreparedData.of(all, 0.0, 1, true);
        assertEquals("The training points are too far apart to normalize (their spread does not fit in a double):"
                + " point 2 of the data (x1 = 1.7E308, x2 = 1.0); bring the points closer to the origin or turn"
                + " normalization off.", p.problem());
    }

    @Test
    @DisplayName("should name a dev point that overflows once normalized, instead of throwing")
    void devOverflow() {
        // The training points are 1e-150 apart; 1e300 divided by that deviation is beyond any double.
        double[] x = {0, 1e-150, 0, 1e-150, 1e300};
        Dataset all = Dataset.of(x, x, new int[] {0, 1, 0, 1, 1});
        PreparedData p = PreparedData.of(all, 0.2, 2, true);
        assertEquals(1, p.split().dev().size());
        assertEquals("The dev point 5 of the data (x1 = 1.0E300, x2 = 1.0E300) is too far from the training points"
                + " to normalize with their mean and deviation; bring it closer or turn normalization off.", p.problem());
        assertNull(PreparedData.of(all, 0.2, 2, false).problem());
    }

    @Test
    @DisplayName("should carry the one-class sentence of TrainingDataCheck")
    void oneClass() {
        Dataset all = Dataset.of(new double[] {1, 2}, new double[] {1, 2}, new int[] {1, 1});
        assertEquals(TrainingDataCheck.problem(all).get(), PreparedData.of(all, 0.0, 1, false).problem());
    }
}
