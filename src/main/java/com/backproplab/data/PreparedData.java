package com.backproplab.data;

import java.util.Optional;

/**
 * Points made ready for training, as the app and the command line both do it: split into train and dev by a seed,
 * standardized with the training part's statistics, and laid out as arrays {x1, x2, y}.
 *
 * @param split the points as split
 * @param normalization the standardization in use (identity when off or impossible)
 * @param train normalized training set {x1, x2, y}
 * @param dev normalized dev set {x1, x2, y} (empty arrays without a dev set)
 * @param problem why this cannot be trained on, one user-facing sentence, or null
 */
public record PreparedData(Split split, Normalization normalization, double[][] train, double[][] dev,
                           String problem) {

    /** Splits, normalizes and checks {@code all}; never throws for any valid dataset. */
    public static PreparedData of(Dataset all, double devFraction, long splitSeed, boolean normalize) {
        Split split = Split.of(all, devFraction, splitSeed);
        Optional<String> problem = TrainingDataCheck.problem(split.train());
        Normalization norm = Normalization.identity();
        if (normalize) {
            try {
                norm = Normalization.fromTraining(split.train());
            } catch (IllegalArgumentException e) {
                // Coordinates so large that their mean or deviation overflows: refuse rather than train on Inf.
                int far = farthest(split.train());
                return refused(split, "The training points are too far apart to normalize (their spread does not fit"
                        + " in a double): " + name(all, split.train(), far) + "; bring the points closer to the origin"
                        + " or turn normalization off.");
            }
            int out = overflowing(norm, split.dev());
            if (out >= 0) {
                return refused(split, "The dev point " + name(all, split.dev(), out).substring(6) + " is too far from"
                        + " the training points to normalize with their mean and deviation; bring it closer or turn"
                        + " normalization off.");
            }
        }
        return new PreparedData(split, norm, arrays(norm.apply(split.train())), arrays(norm.apply(split.dev())),
                problem.orElse(null));
    }

    /** Nothing to train on, and why. */
    private static PreparedData refused(Split split, String problem) {
        double[][] none = {new double[0], new double[0], new double[0]};
        return new PreparedData(split, Normalization.identity(), none, none, problem);
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

    /** The first point whose normalized coordinates are not finite, or -1. */
    private static int overflowing(Normalization norm, Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isFinite(norm.apply1(d.x1(i))) || !Double.isFinite(norm.apply2(d.x2(i)))) {
                return i;
            }
        }
        return -1;
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

    private static double[][] arrays(Dataset d) {
        int[] labels = d.labelsCopy();
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return new double[][] {d.x1Copy(), d.x2Copy(), y};
    }
}
