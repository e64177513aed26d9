package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    @DisplayName("should compute mu and the population sigma (1/m) by hand on a tiny set")
    void handWorked() {
        // x1 = 1, 2, 3, 6: mu = 3, squared deviations 4, 1, 0, 9 -> sigma = sqrt(14/4).
        // x2 = 0, 0, 4, 4: mu = 2, squared deviations all 4 -> sigma = 2.
        Dataset train = Dataset.of(new double[] {1, 2, 3, 6}, new double[] {0, 0, 4, 4}, new int[] {0, 1, 0, 1});
        Normalization n = Normalization.fromTraining(train);
        assertEquals(3.0, n.mu1(), 1e-15);
        assertEquals(2.0, n.mu2(), 1e-15);
        assertEquals(Math.sqrt(3.5), n.sigma1(), 1e-15);
        assertEquals(2.0, n.sigma2(), 1e-15);
        assertEquals(1.5, n.apply2(5), 1e-15);
        assertEquals(-1 / Math.sqrt(3.5), n.apply1(2), 1e-15);
    }

    @Test
    @DisplayName("should take the statistics from the training set only and apply them to dev unchanged")
    void trainingOnly() {
        Dataset train = Dataset.of(new double[] {0, 2}, new double[] {10, 14}, new int[] {0, 1});
        Dataset dev = Dataset.of(new double[] {100, 4}, new double[] {-50, 12}, new int[] {1, 0});
        Normalization n = Normalization.fromTraining(train);
        assertEquals(new Normalization(1, 12, 1, 2), n);
        Dataset d = n.apply(dev);
        assertArrayEquals(new double[] {99, 3}, d.x1Copy());
        assertArrayEquals(new double[] {-31, 0}, d.x2Copy());
        assertArrayEquals(new int[] {1, 0}, d.labelsCopy());
    }

    @Test
    @DisplayName("should give the normalized training set mean 0 and standard deviation 1")
    void meanZeroStdOne() {
        SplittableRandom r = new SplittableRandom(5);
        int m = 500;
        double[] a = new double[m];
        double[] b = new double[m];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = 3 + 4 * r.nextDouble();
            b[i] = -20 + 0.01 * r.nextDouble();
            y[i] = i % 2;
        }
        Dataset train = Dataset.of(a, b, y);
        Dataset z = Normalization.fromTraining(train).apply(train);
        for (double[] col : new double[][] {z.x1Copy(), z.x2Copy()}) {
            double mean = 0;
            for (double v : col) {
                mean += v / m;
            }
            double var = 0;
            for (double v : col) {
                var += (v - mean) * (v - mean) / m;
            }
            assertEquals(0, mean, 1e-9);
            assertEquals(1, Math.sqrt(var), 1e-9);
        }
    }

    @Test
    @DisplayName("should replace a zero sigma and an empty set by 1 so nothing divides by zero")
    void noDivisionByZero() {
        Dataset flat = Dataset.of(new double[] {2, 2, 2}, new double[] {1, 3, 5}, new int[] {0, 1, 0});
        Normalization n = Normalization.fromTraining(flat);
        assertEquals(1.0, n.sigma1());
        assertEquals(0.0, n.apply1(2));
        assertEquals(Normalization.identity(), Normalization.fromTraining(Dataset.empty()));
        assertEquals(new Normalization(0, 0, 1, 1), Normalization.identity());
        assertEquals(7.5, Normalization.identity().apply1(7.5));
    }

    @Test
    @DisplayName("should reject a non-positive or non-finite sigma")
    void rejectsBadSigma() {
        assertThrows(IllegalArgumentException.class, () -> new Normalization(0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(0, 0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(Double.POSITIVE_INFINITY, 0, 1, 1));
    }
}
