package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FpsMeterTest {
    private static final long MS = 1_000_000L;

    @Test
    @DisplayName("should read 0 until two pulses, then frames per second from the pulse times")
    void fromPulseTimes() {
        FpsMeter m = new FpsMeter(60);
        assertEquals(0, m.fps());
        m.pulse(1_000 * MS);
        assertEquals(0, m.fps());
        m.pulse(1_020 * MS);
        assertEquals(50, m.fps(), 1e-9);
        m.pulse(1_060 * MS);
        assertEquals(2 / 0.060, m.fps(), 1e-9, "two frames in 60 ms");
    }

    @Test
    @DisplayName("should average over the last frames only")
    void window() {
        FpsMeter m = new FpsMeter(4);
        long t = 5_000 * MS;
        m.pulse(t);
        for (int i = 0; i < 10; i++) {
            m.pulse(t += 100 * MS);
        }
        assertEquals(10, m.fps(), 1e-9);
        for (int i = 0; i < 4; i++) {
            m.pulse(t += 10 * MS);
        }
        assertEquals(100, m.fps(), 1e-9, "the slow frames have left the window");
    }
}
