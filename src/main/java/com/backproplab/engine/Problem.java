package com.backproplab.engine;

import java.util.Locale;

/**
 * What the network predicts (docs/math.md, Forward pass and Cost): a class, through one sigmoid output unit and the
 * cross-entropy, or a real number, through one linear output unit and half the mean squared error.
 */
public enum Problem {
    /** Labels 0 or 1; yhat = P(y=1|x) = sigmoid(Z[L]); J is the mean cross-entropy. */
    CLASSIFICATION("classification"),
    /** Labels any finite number; yhat = Z[L]; J = 1/(2m) sum (yhat - y)^2. */
    REGRESSION("regression");

    private final String key;

    Problem(String key) {
        this.key = key;
    }

    /** The name in experiment files. */
    public String key() {
        return key;
    }

    /** The problem named {@code key} in files. */
    public static Problem fromKey(String key) {
        for (Problem p : values()) {
            if (p.key.equals(key.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown problem '" + key + "' (expected classification or regression)");
    }
}
