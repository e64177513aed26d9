package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsPaneTest {

    @ParameterizedTest
    @CsvSource({"0.69314718, 0.6931", "0, 0.0000", "6.4386676e19, 6.44e+19", "12345.6, 1.23e+04",
        "0.00012, 0.000120", "NaN, –", "Infinity, ∞"})
    @DisplayName("should print costs compactly, large and tiny ones in scientific notation")
    void costFormat(double value, String shown) {
        assertEquals(shown, MetricsPane.cost(value));
    }
}
