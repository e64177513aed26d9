package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static History run(History.Recorder r, long steps) {
        double[] layer = {0, 1.5, 2.5};
        for (long s = 1; s <= steps; s++) {
            if (r.offer(s, s)) {
                r.add(s, 0.5, 0.6, 0.9, 0.8, layer, layer, layer, layer);
            }
        }
        return r.snapshot();
    }

    @Test
    @DisplayName("should keep every step of a short run")
    void shortRun() {
        History h = run(new History.Recorder(2), 10);
        assertEquals(10, h.size());
        assertEquals(7, h.step(6));
        assertEquals(7.0, h.batchCost(6), 0.0);
        assertEquals(2.5, h.gradNorm(6, 2), 0.0);
        assertEquals(1.5, h.activationStd(6, 1), 0.0);
    }

    @Test
    @DisplayName("should stay bounded over a long run, spanning all of it with a doubled stride")
    void longRunIsBounded() {
        History.Recorder r = new History.Recorder(2);
        History h = run(r, 100_000);
        assertTrue(h.size() <= History.CAPACITY && h.size() >= History.CAPACITY / 2, "size " + h.size());
        assertEquals(128, r.stride());
        assertEquals(128, h.step(0));
        assertEquals(100_000 - 100_000 % 128, h.step(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertEquals(128, h.step(i) - h.step(i - 1));
        }
    }

    @Test
    @DisplayName("should record the mean batch cost of each sample's window, also after merging")
    void windowMeans() {
        History.Recorder r = new History.Recorder(1);
        History h = run(r, 3000);
        long stride = r.stride();
        // The batch cost offered at step s is s: a window (s - stride, s] has mean s - (stride - 1) / 2.
        for (int i = 0; i < h.size(); i++) {
            assertEquals(h.step(i) - (stride - 1) / 2.0, h.batchCost(i), 1e-9);
        }
    }
}
