package com.backproplab.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;

/**
 * Points made ready for training, as the app and the command line both do it: split into train and dev by a seed,
 * each point's features computed from its raw coordinates and standardized with the training part's statistics
 * ({@link InputMap}), and laid out as arrays {inputs..., y}: one row per input, then the labels.
 *
 * @param split the points as split
 * @param inputs the map from raw coordinates to the network's inputs in use (features, then standardization)
 * @param train the training set {input rows..., y}
 * @param dev the dev set {input rows..., y} (empty rows without a dev set)
 * @param problem why this cannot be trained on, one user-facing sentence, or null
 */
public record PreparedData(Split split, InputMap inputs, double[][] train, double[][] dev, String problem) {

    /** Splits, normalizes and checks {@code all} with x1 and x2 as the inputs; never throws for any valid dataset. */
    public static PreparedData of(Dataset all, double devFraction, long splitSeed, boolean normalize) {
        return of(all, devFraction, splitSeed, normalize, InputMap.COORDINATES);
    }

    /**
     * Splits {@code all}, computes the {@code features} of every point and standardizes them (when {@code
     * normalize}) with the training set's statistics, and checks the result; never throws for any valid dataset.
     */
    public static PreparedData of(Dataset all, double devFraction, long splitSeed, boolean normalize,
                                  List<? extends DoubleBinaryOperator> features) {
        Split split = Split.of(all, devFraction, splitSeed);
        Optional<String> problem = TrainingDataCheck.problem(split.train());
        InputMap map;
        try {
            map = InputMap.of(features, split.train(), normalize);
        } catch (IllegalArgumentException e) {
            // Coordinates so large that a feature's mean or deviation overflows: refuse rather than train on Inf.
            int far = farthest(split.train());
            return refused(split, features, "The training points are too far apart to normalize (their spread does"
                    + " not fit in a double): " + name(all, split.train(), far) + "; bring the points closer to the"
                    + " origin or turn normalization off.");
        }
        int bad = map.firstNonFinite(split.train());
        if (bad >= 0) {
            Dataset t = split.train();
            return refused(split, features, "The input " + map.nonFiniteFeature(t.x1(bad), t.x2(bad)) + " of "
                    + name(all, t, bad) + " is too large to compute; bring the points closer to the origin or turn that"
                    + " feature off.");
        }
        int out = map.firstNonFinite(split.dev());
        if (out >= 0) {
            return refused(split, features, "The dev point " + name(all, split.dev(), out).substring(6) + " is too far"
                    + " from the training points to normalize with their mean and deviation; bring it closer or turn"
                    + " normalization off.");
        }
        return new PreparedData(split, map, arrays(map, split.train()), arrays(map, split.dev()),
                problem.orElse(null));
    }

    /** Nothing to train on, and why. */
    private static PreparedData refused(Split split, List<? extends DoubleBinaryOperator> features, String problem) {
        double[][] none = new double[features.size() + 1][0];
        return new PreparedData(split, InputMap.identity(features), none, none, problem);
    }

    /** The input rows of a set laid out as {inputs..., y}. */
    public static double[][] inputsOf(double[][] set) {
        return Arrays.copyOf(set, set.length - 1);
    }

    /** The labels of a set laid out as {inputs..., y}. */
    public static double[] labelsOf(double[][] set) {
        return set[set.length - 1];
    }

    /** The input rows of the training set. */
    public double[][] trainInputs() {
        return inputsOf(train);
    }

    /** The labels of the training set. */
    public double[] trainLabels() {
        return labelsOf(train);
    }

    /** The input rows of the dev set. */
    public double[][] devInputs() {
        return inputsOf(dev);
    }

    /** The labels of the dev set. */
    public double[] devLabels() {
        return labelsOf(dev);
    }

    /** The index of the point farthest from the origin (largest coordinate in magnitude). */
    private static int farthest(Dataset d) {
        int best = 0;
        for (int i = 1; i < d.size(); i++) {
            if (Math.max(Math.abs(d.x1(i)), Math.abs(d.x2(i)))
                    > Math.max(Math.abs(d.x1(best)), Math.abs(d.x2(best)))) {
                best = i;
            }
        }
        return best;
    }

    /** "point 5 of the data (x1 = 1.0E300, x2 = -3.0)": its place among all points, counted from 1. */
    private static String name(Dataset all, Dataset part, int i) {
        double a = part.x1(i), b = part.x2(i);
        int k = 0;
        while (k < all.size() && !(all.x1(k) == a && all.x2(k) == b)) {
            k++;
        }
        return "point " + (k + 1) + " of the data (x1 = " + a + ", x2 = " + b + ")";
    }

    private static double[][] arrays(InputMap map, Dataset d) {
        double[][] cols = map.columns(d);
        double[][] out = Arrays.copyOf(cols, cols.length + 1);
        out[cols.length] = d.valuesCopy();
        return out;
    }
}
