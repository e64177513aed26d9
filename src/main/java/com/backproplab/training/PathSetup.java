package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.data.Normalization;
import com.backproplab.engine.TrainingConfig;

/**
 * What the optimizer paths start from: the training set (as the paths see it, standardized or raw), the starting
 * (w1, w2) shared by every optimizer, and the hyperparameters (learning rate, betas, epsilon). Immutable; arrays
 * are owned.
 *
 * @param x1 first inputs
 * @param x2 second inputs
 * @param y labels 0 or 1
 * @param normalized whether the inputs were standardized with the set's own mean and deviation
 * @param w1 starting w1
 * @param w2 starting w2
 * @param hyper the learning rate and the optimizers' betas and epsilon (its optimizer is not used)
 */
public record PathSetup(double[] x1, double[] x2, double[] y, boolean normalized, double w1, double w2,
                        TrainingConfig hyper) {

    /** The paths of {@code train} (standardized when {@code normalize}) from (w1, w2). */
    public static PathSetup of(Dataset train, boolean normalize, double w1, double w2, TrainingConfig hyper) {
        Dataset d = train;
        if (normalize && train.size() > 0) {
            try {
                d = Normalization.fromTraining(train).apply(train);
            } catch (IllegalArgumentException e) {
                normalize = false; // spread too large for a double: the raw points are all there is
            }
        }
        int[] labels = d.labelsCopy();
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return new PathSetup(d.x1Copy(), d.x2Copy(), y, normalize, w1, w2, hyper);
    }

    /** The same data and settings from another start. */
    public PathSetup from(double startW1, double startW2) {
        return new PathSetup(x1, x2, y, normalized, startW1, startW2, hyper);
    }

    /** Training points. */
    public int size() {
        return y.length;
    }
}
