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
                problem = Optional.of("The points are too far out to normalize (" + e.getMessage()
                        + "); bring them closer to the origin.");
            }
        }
        return new PreparedData(split, norm, arrays(norm.apply(split.train())), arrays(norm.apply(split.dev())),
                problem.orElse(null));
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
