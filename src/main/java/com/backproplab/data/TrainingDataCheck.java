package com.backproplab.data;

import java.util.Optional;

/** Says, in one user-facing sentence, why a dataset cannot be trained on. */
public final class TrainingDataCheck {

    private TrainingDataCheck() {
    }

    /** The reason training cannot start on this dataset, or empty when it can. */
    public static Optional<String> problem(Dataset train) {
        int m = train.size();
        if (m < 2) {
            return Optional.of("Add at least 2 points to train (the dataset has " + m + ").");
        }
        if (train.isRegression()) {
            // Any values can be fitted, a constant one too.
            return Optional.empty();
        }
        if (!train.hasBothClasses()) {
            int present = train.label(0);
            int missing = 1 - present;
            return Optional.of("All " + m + " points are class " + present + ": add points of class "
                    + missing + " so there is a boundary to learn.");
        }
        return Optional.empty();
    }
}
