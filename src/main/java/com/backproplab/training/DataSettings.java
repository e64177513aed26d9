package com.backproplab.training;

/**
 * How the points become a training set.
 *
 * @param devFraction fraction held out as the dev set, in [0, 1)
 * @param splitSeed seed of the train/dev split
 * @param normalize standardize inputs with the training set's mean and deviation
 */
public record DataSettings(double devFraction, long splitSeed, boolean normalize) {
    public DataSettings {
        if (!(devFraction >= 0 && devFraction < 1)) {
            throw new IllegalArgumentException("devFraction must be in [0, 1), found " + devFraction);
        }
    }

    /** 20% dev, seed 1, normalized. */
    public static DataSettings defaults() {
        return new DataSettings(0.2, 1, true);
    }
}
