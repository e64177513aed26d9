package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SplitTest {

    /** Point i is (i, -i), so x1 identifies it; labels alternate. */
    private static Dataset numbered(int m) {
        double[] a = new double[m];
        double[] b = new double[m];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = i;
            b[i] = -i;
            y[i] = i % 2;
        }
        return Dataset.of(a, b, y);
    }

    @ParameterizedTest(name = "m={0}, devFraction={1} -> train {2}, dev {3}")
    @CsvSource({
        "100, 0.2,  80, 20",
        "10,  0.25, 7,  3",   // round(2.5) = 3
        "10,  0.24, 8,  2",
        "3,   0.9,  1,  2",   // round(2.7) = 3, capped so train keeps 1
        "1,   0.5,  1,  0",
        "0,   0.5,  0,  0",
        "7,   0,    7,  0",
    })
    @DisplayName("should give dev round(devFraction * m) points and keep at least one in train")
    void sizes(int m, double fraction, int train, int dev) {
        Split s = Split.of(numbered(m), fraction, 42);
        assertEquals(train, s.train().size());
        assertEquals(dev, s.dev().size());
    }

    @Test
    @DisplayName("should make the same split for the same seed and a different one for another seed")
    void deterministic() {
        Dataset d = numbered(50);
        assertEquals(Split.of(d, 0.3, 7), Split.of(d, 0.3, 7));
        assertNotEquals(Split.of(d, 0.3, 7).dev(), Split.of(d, 0.3, 8).dev());
    }

    @Test
    @DisplayName("should make train and dev disjoint and together cover every point once")
    void disjointAndCovering() {
        Dataset d = numbered(37);
        Split s = Split.of(d, 0.3, 3);
        double[] all = new double[37];
        System.arraycopy(s.train().x1Copy(), 0, all, 0, s.train().size());
        System.arraycopy(s.dev().x1Copy(), 0, all, s.train().size(), s.dev().size());
        Arrays.sort(all);
        assertEquals(Arrays.toString(d.x1Copy()), Arrays.toString(all));
        for (int i = 0; i < s.dev().size(); i++) {
            // Each point keeps its own x2 and label: rows were moved whole.
            int id = (int) s.dev().x1(i);
            assertEquals(-id, s.dev().x2(i));
            assertEquals(id % 2, s.dev().label(i));
        }
    }

    @Test
    @DisplayName("should keep the file order exactly when devFraction is 0")
    void zeroKeepsOrder() {
        Dataset d = numbered(20);
        Split s = Split.of(d, 0, 99);
        assertSame(d, s.train());
        assertEquals(0, s.dev().size());
    }

    @Test
    @DisplayName("should shuffle when devFraction is above 0")
    void shuffles() {
        Dataset d = numbered(40);
        Split s = Split.of(d, 0.25, 1);
        double[] train = s.train().x1Copy();
        double[] sorted = train.clone();
        Arrays.sort(sorted);
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(train));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
    @DisplayName("should reject a devFraction outside [0, 1)")
    void rejectsFraction(double fraction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Split.of(numbered(10), fraction, 1));
        assertEquals("The dev fraction must be at least 0 and below 1, but is " + fraction + ".", e.getMessage());
    }
}
