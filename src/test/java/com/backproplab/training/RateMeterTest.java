package com.backproplab.training;

import static com.backproplab.training.FakeClock.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateMeterTest {

    @Test
    @DisplayName("should measure steps per second between recordings, 0 until there are two")
    void measures() {
        FakeClock clock = new FakeClock(123 * MS);
        RateMeter meter = new RateMeter(clock);
        assertEquals(0, meter.stepsPerSecond());
        meter.record(100);
        assertEquals(0, meter.stepsPerSecond());
        clock.advance(16 * MS);
        meter.record(1100);
        assertEquals(1000 / 0.016, meter.stepsPerSecond(), 1e-6);
    }

    @Test
    @DisplayName("should measure over about the last second only")
    void lastSecond() {
        FakeClock clock = new FakeClock(0);
        RateMeter meter = new RateMeter(clock);
        long step = 0;
        for (int i = 0; i < 60; i++) { // a slow second: 10 steps per 20 ms
            meter.record(step);
            step += 10;
            clock.advance(20 * MS);
        }
        for (int i = 0; i < 60; i++) { // then a fast one: 100 steps per 20 ms
            meter.record(step);
            step += 100;
            clock.advance(20 * MS);
        }
        assertEquals(5000, meter.stepsPerSecond(), 1e-6);
    }

    @Test
    @DisplayName("should forget its samples on clear, and never report a negative rate")
    void clears() {
        FakeClock clock = new FakeClock(0);
        RateMeter meter = new RateMeter(clock);
        meter.record(0);
        clock.advance(16 * MS);
        meter.record(500);
        meter.clear();
        assertEquals(0, meter.stepsPerSecond());
        meter.record(500);
        clock.advance(16 * MS);
        meter.record(20); // a new run counts from 0 again
        assertEquals(0, meter.stepsPerSecond());
    }
}
