package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PresetTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    @DisplayName("should generate the same points for the same seed")
    void deterministic(Preset p) {
        assertEquals(p.generate(200, 0.3, 11), p.generate(200, 0.3, 11));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    @DisplayName("should generate different points for different seeds")
    void seedMatters(Preset p) {
        assertNotEquals(p.generate(200, 0.3, 11), p.generate(200, 0.3, 12));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "2", "7", "400", "401"})
    @DisplayName("should honour the count and balance the classes (odd counts give class 0 the extra point)")
    void balanced(int count) {
        for (Preset p : Preset.values()) {
            Dataset d = p.generate(count, 0.2, 1);
            assertEquals(count, d.size(), p.key());
            assertEquals(count / 2, d.count(1), p.key());
            assertEquals(count - count / 2, d.count(0), p.key());
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "0.1", "0.5", "3"})
    @DisplayName("should keep every coordinate finite and inside the view [-6, 6], whatever the noise")
    void insideView(double noise) {
        for (Preset p : Preset.values()) {
            Dataset d = p.generate(1000, noise, 5);
            for (int i = 0; i < d.size(); i++) {
                assertTrue(Double.isFinite(d.x1(i)) && Math.abs(d.x1(i)) <= 6, p.key() + " x1 " + d.x1(i));
                assertTrue(Double.isFinite(d.x2(i)) && Math.abs(d.x2(i)) <= 6, p.key() + " x2 " + d.x2(i));
            }
        }
    }

    @Test
    @DisplayName("should draw clean shapes at noise 0")
    void cleanShapes() {
        Dataset circle = Preset.CIRCLE.generate(400, 0, 3);
        for (int i = 0; i < circle.size(); i++) {
            double r = Math.hypot(circle.x1(i), circle.x2(i));
            assertTrue(circle.label(i) == 1 ? r <= 2 : r >= 3.5 && r <= 5, "circle r " + r);
        }
        Dataset xor = Preset.XOR.generate(400, 0, 3);
        for (int i = 0; i < xor.size(); i++) {
            assertEquals(xor.label(i) == 1, xor.x1(i) * xor.x2(i) > 0, "xor point " + i);
        }
        Dataset flower = Preset.FLOWER.generate(400, 0, 3);
        for (int i = 0; i < flower.size(); i++) {
            double t = Math.atan2(flower.x1(i), flower.x2(i));
            double r = Math.hypot(flower.x1(i), flower.x2(i));
            assertEquals(4 * Math.abs(Math.sin(4 * t)), r, 1e-9, "flower r = 4|sin 4t|");
        }
    }

    @Test
    @DisplayName("should reach the expected extents: spiral radius 5, flower radius 4")
    void extents() {
        assertEquals(5, maxRadius(Preset.SPIRAL.generate(400, 0, 1)), 1e-9);
        assertEquals(4, maxRadius(Preset.FLOWER.generate(400, 0, 1)), 0.01);
    }

    private static double maxRadius(Dataset d) {
        double max = 0;
        for (int i = 0; i < d.size(); i++) {
            max = Math.max(max, Math.hypot(d.x1(i), d.x2(i)));
        }
        return max;
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    @DisplayName("should find each preset by its lowercase key")
    void keys(Preset p) {
        assertEquals(p.name().toLowerCase(), p.key());
        assertSame(p, Preset.fromKey(p.key()));
        assertSame(p, Preset.fromKey(" " + p.key().toUpperCase() + " "));
        assertTrue(!p.displayName().isBlank());
    }

    @Test
    @DisplayName("should reject an unknown key, a negative count and a bad noise")
    void rejects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Preset.fromKey("donut"));
        assertEquals("Unknown preset 'donut': use circle, xor, gaussians, spiral, moons or flower.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Preset.fromKey(null));
        assertThrows(IllegalArgumentException.class, () -> Preset.SPIRAL.generate(-1, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Preset.SPIRAL.generate(10, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Preset.SPIRAL.generate(10, Double.NaN, 1));
    }
}
