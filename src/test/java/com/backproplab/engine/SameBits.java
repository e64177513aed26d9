package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bit-for-bit comparison of doubles (assertArrayEquals with a delta of 0 takes -0.0 for 0.0 and any NaN for NaN). */
final class SameBits {
    private SameBits() {
    }

    static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + ", entry " + i + ": " + expected[i] + " against " + actual[i]);
        }
    }
}
