package com.backproplab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicksTest {

    private static double[] parse(String list) {
        return Arrays.stream(list.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "[{0}, {1}] in about {2} parts -> {3}")
    @CsvSource({
        "0, 1, 5, 0 0.2 0.4 0.6 0.8 1",
        "0, 0.7, 4, 0 0.2 0.4 0.6",
        "0, 10000, 5, 0 2000 4000 6000 8000 10000",
        "0, 357, 4, 0 100 200 300",
        "0.13, 0.71, 3, 0.2 0.4 0.6",
        "-1, 1, 4, -1 -0.5 0 0.5 1",
        "0, 1200000, 3, 0 500000 1000000",
    })
    @DisplayName("should put linear ticks on multiples of 1, 2 or 5 times a power of ten")
    void linear(double min, double max, int count, String expected) {
        double[] out = new double[64];
        int n = Ticks.linear(min, max, count, out);
        assertArrayEquals(parse(expected), Arrays.copyOf(out, n), 1e-12);
    }

    @ParameterizedTest(name = "[{0}, {1}] at most {2} -> {3}")
    @CsvSource({
        "0.01, 1, 8, 0.01 0.1 1",
        "0.003, 2, 8, 0.01 0.1 1",
        "1e-6, 10, 8, 1e-6 1e-5 1e-4 1e-3 1e-2 0.1 1 10",
        "1e-8, 1, 4, 1e-6 1e-3 1",
        "1e-12, 1e2, 3, 1e-10 1e-5 1",
        "0.2, 0.5, 8, ''",
    })
    @DisplayName("should put log ticks on powers of ten, every k-th decade when there are many")
    void log(double min, double max, int count, String expected) {
        double[] out = new double[64];
        int n = Ticks.log(min, max, count, out);
        double[] want = expected.isEmpty() ? new double[0] : parse(expected);
        assertEquals(want.length, n, () -> Arrays.toString(Arrays.copyOf(out, n)));
        for (int i = 0; i < n; i++) {
            assertEquals(want[i], out[i], want[i] * 1e-9);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "7, 7", "950, 950", "999, 999", "1000, 1k", "1200, 1.2k", "1250, 1.3k", "35000, 35k",
        "99900, 99.9k", "350000, 350k", "999999, 1M", "1200000, 1.2M", "35000000, 35M", "2500000000, 2.5G"})
    @DisplayName("should format step counts in a few characters")
    void steps(long step, String expected) {
        assertEquals(expected, Ticks.step(step));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "0.6931, 0.693", "0.5, 0.5", "12.34, 12.3", "1, 1", "0.001, 0.001", "2.5e-4, 2.5e-4",
        "1e-6, 1e-6", "9.999e-5, 1e-4", "123456, 1.23e5", "-0.25, -0.25", "NaN, NaN", "Infinity, inf"})
    @DisplayName("should format values in three significant digits")
    void values(double v, String expected) {
        assertEquals(expected, Ticks.value(v));
    }

    @Test
    @DisplayName("should widen a log range to whole decades")
    void decades() {
        assertEquals(0.01, Ticks.decadeFloor(0.03), 1e-15);
        assertEquals(0.1, Ticks.decadeCeil(0.03), 1e-15);
        assertEquals(1, Ticks.decadeFloor(1), 1e-15);
        assertEquals(1, Ticks.decadeCeil(1), 1e-15);
    }
}
