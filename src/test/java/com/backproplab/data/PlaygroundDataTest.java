package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12's data: the input map (features, then standardization), regression points, their CSV and presets. */
class PlaygroundDataTest {
    private static final DoubleBinaryOperator SQUARE1 = (a, b) -> a * a;
    private static final DoubleBinaryOperator PRODUCT = (a, b) -> a * b;

    @Test
    @DisplayName("should compute each feature from the raw coordinates, then standardize it with the training set's"
            + " statistics")
    void featuresThenStandardize() {
        Dataset all = Preset.CIRCLE.generate(200, 0.1, 3);
        PreparedData p = PreparedData.of(all, 0.25, 7, true, List.of(SQUARE1, PRODUCT));
        assertEquals(3, p.train().length, "two input rows, then y");
        Dataset train = p.split().train();
        for (int k = 0; k < 2; k++) {
            double[] row = p.trainInputs()[k];
            double mean = 0, sq = 0;
            for (double v : row) {
                mean += v / row.length;
            }
            for (double v : row) {
                sq += (v - mean) * (v - mean) / row.length;
            }
            assertEquals(0, mean, 1e-12, "feature " + k + " has mean 0 on the training set");
            assertEquals(1, sq, 1e-12, "and deviation 1");
        }
        InputMap m = p.inputs();
        double raw = train.x1(5) * train.x1(5);
        assertEquals((raw - m.mean(0)) / m.deviation(0), p.trainInputs()[0][5], 0.0);
        assertEquals(m.input(1, train.x1(5), train.x2(5)), p.trainInputs()[1][5], 0.0);
        // The dev set goes through the training set's statistics, not its own.
        Dataset dev = p.split().dev();
        assertEquals((dev.x1(0) * dev.x2(0) - m.mean(1)) / m.deviation(1), p.devInputs()[1][0], 0.0);
    }

    @Test
    @DisplayName("should give the old layout bit for bit with x1 and x2 as the features")
    void coordinatesAsBefore() {
        Dataset all = Preset.SPIRAL.generate(300, 0.2, 1);
        PreparedData p = PreparedData.of(all, 0.2, 1, true);
        Split split = Split.of(all, 0.2, 1);
        Normalization n = Normalization.fromTraining(split.train());
        Dataset normalized = n.apply(split.train());
        assertArrayEquals(normalized.x1Copy(), p.train()[0], 0.0);
        assertArrayEquals(normalized.x2Copy(), p.train()[1], 0.0);
        assertEquals(n.mu1(), p.inputs().mean(0), 0.0);
        assertEquals(n.sigma2(), p.inputs().deviation(1), 0.0);
    }

    @Test
    @DisplayName("should leave the features unstandardized with normalization off")
    void notNormalized() {
        Dataset all = Dataset.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new int[] {0, 1, 0});
        PreparedData p = PreparedData.of(all, 0, 1, false, List.of(PRODUCT));
        assertArrayEquals(new double[] {4, 10, 18}, p.trainInputs()[0], 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, p.trainLabels(), 0.0);
    }

    @Test
    @DisplayName("should refuse a feature too large to compute with a sentence naming the point and the feature")
    void featureOverflow() {
        Dataset all = Dataset.of(new double[] {1e200, 1, 2}, new double[] {0, 1, 2}, new int[] {0, 1, 1});
        PreparedData p = PreparedData.of(all, 0, 1, false, List.of(InputMap.COORDINATES.get(0), SQUARE1));
        assertTrue(p.problem().contains("point 1 of the data (x1 = 1.0E200"), p.problem());
        assertEquals(0, p.trainLabels().length, "nothing to train on");
    }

    @Test
    @DisplayName("should keep regression values (any finite number) through split and preparation, and train on two")
    void regressionData() {
        Dataset d = Dataset.regression(new double[] {0, 1, 2, 3}, new double[] {1, 1, 1, 1},
                new double[] {-2.5, 0, 7.25, 1e6});
        assertTrue(d.isRegression());
        assertEquals(7.25, d.value(2));
        assertThrows(IllegalStateException.class, () -> d.label(0));
        assertThrows(IllegalArgumentException.class, () -> Dataset.regression(new double[] {0}, new double[] {0},
                new double[] {Double.NaN}));
        PreparedData p = PreparedData.of(d, 0, 1, true);
        assertNull(p.problem(), "no classes to check: two values are enough");
        assertArrayEquals(new double[] {-2.5, 0, 7.25, 1e6}, p.trainLabels(), 0.0);
        Split s = Split.of(d, 0.5, 3);
        assertTrue(s.train().isRegression() && s.dev().isRegression());
        assertTrue(d.withValuePoint(5, 5, 0.5).isRegression());
        assertTrue(Dataset.empty(true).withValuePoint(0, 0, 1).isRegression());
        assertEquals(d, Normalization.fromTraining(d).apply(d).withCoordinates(d.x1Copy(), d.x2Copy()));
    }

    @Test
    @DisplayName("should read and write a regression CSV (header x1,x2,y), and name the line of a non-finite y")
    void regressionCsv() throws DataFormatException {
        Dataset d = DatasetCsv.parse("x1,x2,y\n1,2,0.25\n-3,4,-17\n", "r.csv");
        assertTrue(d.isRegression());
        assertEquals(-17, d.value(1));
        assertEquals(d, DatasetCsv.parse(DatasetCsv.format(d, null), "again.csv"));
        assertTrue(DatasetCsv.format(d, null).startsWith("x1,x2,y\n"));
        DataFormatException nan = assertThrows(DataFormatException.class,
                () -> DatasetCsv.parse("x1,x2,y\n1,2,3\n1,2,NaN\n", "r.csv"));
        assertEquals("r.csv:3: y is NaN", nan.getMessage());
        DataFormatException inf = assertThrows(DataFormatException.class,
                () -> DatasetCsv.parse("x1,x2,y\n1,2,1e999\n", "r.csv"));
        assertEquals("r.csv:2: y is infinite (1e999 is too large)", inf.getMessage());
        DataFormatException classes = assertThrows(DataFormatException.class,
                () -> DatasetCsv.parse("x1,x2,label\n1,2,0.5\n", "c.csv"));
        assertEquals("c.csv:2: label must be 0 or 1, found 0.5", classes.getMessage());
        assertFalse(DatasetCsv.parse("x1,x2,label\n1,2,1\n", "c.csv").isRegression());
    }

    @Test
    @DisplayName("should generate the regression presets from a seed, over the view, valued by their surface")
    void regressionPresets() {
        for (RegressionPreset p : RegressionPreset.values()) {
            Dataset d = p.generate(300, 0, 4);
            assertEquals(d, p.generate(300, 0, 4), "same seed, same points");
            assertTrue(d.isRegression());
            for (int i = 0; i < d.size(); i++) {
                assertTrue(Math.abs(d.x1(i)) <= 6 && Math.abs(d.x2(i)) <= 6);
                assertEquals(p.value(d.x1(i), d.x2(i)), d.value(i), 0.0, "noise 0: the clean surface");
                assertTrue(d.value(i) >= -1 && d.value(i) <= 1);
            }
        }
        assertEquals(1.0, RegressionPreset.BUMP.value(0, 0), 1e-15);
        assertEquals(1.0, RegressionPreset.PLANE.value(6, 6), 1e-15);
        assertEquals(RegressionPreset.BUMP, RegressionPreset.fromKey(" Bump "));
    }
}
