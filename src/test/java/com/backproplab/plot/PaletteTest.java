package com.backproplab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    @DisplayName("should keep the colours of the app: Okabe-Ito orange and blue, light tints at the ends")
    void colours() {
        assertEquals(0xFFE69F00, Palette.classColor(0));
        assertEquals(0xFF0072B2, Palette.classColor(1));
        assertEquals(0xFFF3C56B, Palette.heat(0));
        assertEquals(0xFFF6F7F2, Palette.heat(0.5));
        assertEquals(0xFF6FA8D6, Palette.heat(1));
        assertEquals(0xFFF4D698, Palette.heat(0.25));
        assertEquals(0xFF8EBADC, Palette.heat(0.8));
        assertEquals(0xFF9E9E9E, Palette.heat(Double.NaN), "unknown is grey");
        assertEquals(Palette.heat(0), Palette.heat(-3), "clamped below");
        assertEquals(Palette.heat(1), Palette.heat(7), "clamped above");
    }

    @Test
    @DisplayName("should map every probability to exactly the colour it had before the palette moved")
    void unchangedTable() {
        long h = 0;
        for (int i = 0; i <= 1000; i++) {
            h = h * 31 + Palette.heat(i / 1000.0);
        }
        // Recorded from com.backproplab.io.Palette before it moved here.
        assertEquals(-1327026182982249667L, h);
    }
}
